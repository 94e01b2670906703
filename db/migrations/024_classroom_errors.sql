-- Classroom's own read model of the errors its students meet (docs/architecture.md, "Who owns each table"): the
-- class's error groups ("7 students hit the same TypeError"). Fed by the runs that failed
-- (`code.execution.results`), the submissions that failed with an error (`exercise.graded`) and the errors the
-- tutor explained in chat (`progress.events` of kind `error.observed`), so classroom no longer reads progress's
-- `learning_facts`. A run's error keeps its line too: the student detail lists a student's recent run errors from
-- here. Kept as long as the groups look back (30 days); filled here from the facts of that window.
create table classroom_errors (
  user_id uuid not null references users (id) on delete cascade,
  source_key text not null,
  error_type text not null,
  exercise_id uuid,
  topic text,
  line int,
  occurred_at timestamptz not null,
  primary key (user_id, source_key)
);
create index classroom_errors_recent_idx on classroom_errors (occurred_at);
create index classroom_errors_user_idx on classroom_errors (user_id, occurred_at);

insert into classroom_errors (user_id, source_key, error_type, exercise_id, topic, line, occurred_at)
select f.user_id, f.source_key, f.error_type, f.exercise_id, t.slug, (f.detail->>'line')::int, f.occurred_at
from learning_facts f left join topics t on t.id = f.topic_id
where f.error_type is not null and f.occurred_at > now() - interval '30 days'
on conflict do nothing;
