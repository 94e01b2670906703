-- The errors the debug agent explained in chat (a pasted traceback, or code it ran itself), by
-- type: its own record of the student's error pattern, read with code_runs for the hint level.
-- (It read them back from the event_log audit table before, which is no data source.)
create table explained_errors (
  id bigserial primary key,
  user_id uuid not null references users (id) on delete cascade,
  error_type text not null,
  created_at timestamptz not null default now()
);
create index explained_errors_user_idx on explained_errors (user_id, created_at desc);
