-- Notification's own read model of code-execution's runs (docs/architecture.md, "Who owns each table"): an alert's
-- history shows the student's runs on its topic. Fed by `code.execution.results`, so notification no longer reads
-- `code_runs`; only runs on a topic are kept. Filled here from the runs stored before it.
create table notification_runs (
  request_id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  topic_id int not null references topics (id),
  exit_code int,
  timed_out boolean not null,
  memory_exceeded boolean not null,
  error_type text,
  created_at timestamptz not null
);
create index notification_runs_user_topic_idx on notification_runs (user_id, topic_id, created_at);

insert into notification_runs
select coalesce(request_id, id::text), user_id, topic_id, exit_code, timed_out, memory_exceeded, error_type, created_at
from code_runs where topic_id is not null
on conflict do nothing;
