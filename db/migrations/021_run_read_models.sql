-- Classroom (a student's recent errors) and notification (an alert's history of runs on its topic) each keep
-- their own read model of code-execution's runs (docs/architecture.md, "Who owns each table"), fed by
-- `code.execution.results`, so neither reads `code_runs` any more. Each keeps only the runs it shows:
-- classroom those that raised an error, notification those on a topic. Filled here from the runs stored before.
create table classroom_runs (
  request_id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  topic_id int references topics (id),
  exit_code int,
  timed_out boolean not null,
  memory_exceeded boolean not null,
  error_type text,
  error_line int,
  created_at timestamptz not null
);
create index classroom_runs_user_idx on classroom_runs (user_id, created_at);
create table notification_runs (
  request_id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  topic_id int references topics (id),
  exit_code int,
  timed_out boolean not null,
  memory_exceeded boolean not null,
  error_type text,
  error_line int,
  created_at timestamptz not null
);
create index notification_runs_user_topic_idx on notification_runs (user_id, topic_id, created_at);

insert into classroom_runs
select coalesce(request_id, id::text), user_id, topic_id, exit_code, timed_out, memory_exceeded, error_type,
  error_line, created_at
from code_runs where error_type is not null
on conflict do nothing;
insert into notification_runs
select coalesce(request_id, id::text), user_id, topic_id, exit_code, timed_out, memory_exceeded, error_type,
  error_line, created_at
from code_runs where topic_id is not null
on conflict do nothing;
