-- The frames the websocket service replays to a client that reconnects (docs/architecture.md, "Who owns each
-- table"): tutor answers and notices as they were sent, written by its own durable consumer group of
-- `learning.responses` and `notifications`, so it no longer reads api-gateway's chat_messages or notification's
-- notifications. Kept 7 days. Filled here from what those tables hold of the last 7 days; a deleted user takes
-- their frames with them.
create table websocket_frames (
  user_id uuid not null references users (id) on delete cascade,
  frame_id text not null,
  frame jsonb not null,
  created_at timestamptz not null,
  primary key (user_id, frame_id)
);
create index websocket_frames_user_time_idx on websocket_frames (user_id, created_at);

insert into websocket_frames (user_id, frame_id, frame, created_at)
select user_id, frame_id,
  jsonb_build_object('id', frame_id, 'type', 'tutor.response', 'data', jsonb_build_object(
    'requestId', request_id, 'intent', intent, 'agent', agent,
    'reply', coalesce(metadata, '{}'::jsonb) || jsonb_build_object('text', content))),
  created_at
from (
  select user_id, request_id, intent, agent, metadata, content, created_at,
    (floor(extract(epoch from created_at) * 1000))::bigint::text || '-' || request_id as frame_id
  from chat_messages
  where role = 'tutor' and intent is not null and agent is not null and created_at > now() - interval '7 days'
) replies
on conflict do nothing;

insert into websocket_frames (user_id, frame_id, frame, created_at)
select user_id, frame_id, jsonb_build_object('id', frame_id, 'type', type, 'data', payload), created_at
from (
  select user_id, type, payload, created_at,
    (floor(extract(epoch from created_at) * 1000))::bigint::text || '-' || id::text as frame_id
  from notifications
  where created_at > now() - interval '7 days'
) notices
on conflict do nothing;
