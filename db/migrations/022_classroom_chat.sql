-- Classroom's own read model of a student's chat with the tutor (docs/architecture.md, "Who owns each table"):
-- the student detail shows the latest messages, each cut to what it shows. Fed by `learning.requests` (the
-- student's message) and the final `learning.responses` (the tutor's answer), so classroom no longer reads the
-- gateway's `chat_messages`. Filled here from each student's latest 20 messages stored before it.
create table classroom_chat (
  request_id text not null,
  role text not null check (role in ('student', 'tutor')),
  user_id uuid not null references users (id) on delete cascade,
  content text not null,
  topic text,
  created_at timestamptz not null,
  primary key (request_id, role)
);
create index classroom_chat_user_idx on classroom_chat (user_id, created_at);

insert into classroom_chat (request_id, role, user_id, content, topic, created_at)
select request_id, role, user_id, left(content, 501), topic, created_at
from (
  select *, row_number() over (partition by user_id order by created_at desc) as recent from chat_messages
) latest
where recent <= 20
on conflict do nothing;
