-- Classroom's own read model of progress's mastery per student and topic (docs/architecture.md, "Who owns each
-- table"), fed by `progress.updates` like triage's and exercise-agent's, so the teacher's roster no longer reads
-- progress's progress or its user_progress_summary view. Filled here from what progress stored before it; a
-- deleted user takes their rows with them.
create table classroom_mastery (
  user_id uuid not null references users (id) on delete cascade,
  topic text not null,
  mastery numeric(5, 2) not null,
  level text not null,
  updated_at timestamptz not null,
  primary key (user_id, topic)
);
create index classroom_mastery_recent_idx on classroom_mastery (user_id, updated_at);

insert into classroom_mastery (user_id, topic, mastery, level, updated_at)
select p.user_id, t.slug, p.mastery, p.level, p.updated_at
from progress p join topics t on t.id = p.topic_id;
