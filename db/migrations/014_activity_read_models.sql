-- The read models of a student's activity that triage, exercise-agent and debug-agent keep
-- themselves (docs/architecture.md, "Who owns each table"), so none of them reads
-- code-execution's code_runs or progress's progress any more. The run errors of the last day are
-- fed by `code.execution.results`, the mastery per topic by `progress.updates`. Filled here from
-- what code-execution and progress stored before them; a deleted user takes their rows with them.
create table triage_run_errors (
  user_id uuid not null references users (id) on delete cascade,
  request_id text not null,
  error_type text not null,
  created_at timestamptz not null,
  primary key (user_id, request_id)
);
create index triage_run_errors_user_time_idx on triage_run_errors (user_id, created_at);

create table exercise_run_errors (
  user_id uuid not null references users (id) on delete cascade,
  request_id text not null,
  error_type text not null,
  created_at timestamptz not null,
  primary key (user_id, request_id)
);
create index exercise_run_errors_user_time_idx on exercise_run_errors (user_id, created_at);

create table debug_run_errors (
  user_id uuid not null references users (id) on delete cascade,
  request_id text not null,
  error_type text not null,
  created_at timestamptz not null,
  primary key (user_id, request_id)
);
create index debug_run_errors_user_time_idx on debug_run_errors (user_id, created_at);

create table triage_mastery (
  user_id uuid not null references users (id) on delete cascade,
  topic text not null,
  mastery numeric(5, 2) not null,
  level text not null,
  updated_at timestamptz not null,
  primary key (user_id, topic)
);
create index triage_mastery_recent_idx on triage_mastery (user_id, updated_at);

create table exercise_mastery (
  user_id uuid not null references users (id) on delete cascade,
  topic text not null,
  mastery numeric(5, 2) not null,
  level text not null,
  updated_at timestamptz not null,
  primary key (user_id, topic)
);
create index exercise_mastery_recent_idx on exercise_mastery (user_id, updated_at);

insert into triage_run_errors (user_id, request_id, error_type, created_at)
select user_id, request_id, error_type, created_at from code_runs
where error_type is not null and request_id is not null and created_at > now() - interval '1 day'
on conflict do nothing;
insert into exercise_run_errors select * from triage_run_errors;
insert into debug_run_errors select * from triage_run_errors;

insert into triage_mastery (user_id, topic, mastery, level, updated_at)
select p.user_id, t.slug, p.mastery, p.level, p.updated_at
from progress p join topics t on t.id = p.topic_id;
insert into exercise_mastery select * from triage_mastery;
