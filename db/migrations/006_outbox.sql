-- The transactional outbox: an event is written here in the same transaction as the change
-- it announces, sent after the commit and deleted once the bus has it. A crash in between
-- leaves the row, and a relay sends it again with the same event id (consumers skip ids
-- they handled).
create table outbox (
  id bigserial primary key,
  event_id text not null unique,
  topic text not null,
  envelope jsonb not null,
  created_at timestamptz not null default now()
);
