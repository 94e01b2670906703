-- The frames websocket replays to a reconnecting client, kept by websocket itself as it sends them
-- (docs/architecture.md, "Who owns each table"), so it no longer reads api-gateway's chat_messages
-- or notification's notifications. Every replica of the broadcast subscription writes the frame it
-- sends; the key keeps one. A frame is kept for 7 days. Filled here from the last 7 days of both.
create table websocket_frames (
  user_id uuid not null references users (id) on delete cascade,
  frame_id text not null,
  frame jsonb not null,
  created_at timestamptz not null,
  primary key (user_id, frame_id)
);
create index websocket_frames_user_time_idx on websocket_frames (user_id, created_at);
create index websocket_frames_created_idx on websocket_frames (created_at);

insert into websocket_frames (user_id, frame_id, frame, created_at)
select user_id, frame_id, jsonb_build_object('id', frame_id, 'type', 'tutor.response', 'data', jsonb_build_object(
  'requestId', request_id, 'intent', intent, 'agent', agent, 'reply', metadata || jsonb_build_object('text', content))),
  created_at
from (
  select *, floor(extract(epoch from created_at) * 1000)::bigint::text || '-' || request_id as frame_id
  from chat_messages
  where role = 'tutor' and created_at > now() - interval '7 days'
) replies
on conflict do nothing;

insert into websocket_frames (user_id, frame_id, frame, created_at)
select user_id, frame_id, jsonb_build_object('id', frame_id, 'type', type, 'data', payload), created_at
from (
  select *, floor(extract(epoch from created_at) * 1000)::bigint::text || '-' || id::text as frame_id
  from notifications
  where created_at > now() - interval '7 days'
) notices
on conflict do nothing;
