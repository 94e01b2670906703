-- Each service that names, weighs or offers exercises keeps its own read model of exercise-agent's catalog
-- (docs/architecture.md, "Who owns each table"), fed by `exercise.catalog` (an exercise generated, or published
-- by a teacher to a class), so none of them reads `exercises` any more; `learnflow seed` writes the bank's into
-- each as it writes the bank. Filled here from the exercises made before it. Only what others show or weigh is
-- kept: no prompt, code or tests.
create table progress_exercises (
  id uuid primary key,
  title text not null,
  topic_id int not null references topics (id),
  difficulty text not null,
  source text not null,
  class_id uuid,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null
);
create table notification_exercises (
  id uuid primary key,
  title text not null,
  topic_id int not null references topics (id),
  difficulty text not null,
  source text not null,
  class_id uuid,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null
);
create table classroom_exercises (
  id uuid primary key,
  title text not null,
  topic_id int not null references topics (id),
  difficulty text not null,
  source text not null,
  class_id uuid,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null
);
create index progress_exercises_topic_idx on progress_exercises (topic_id) where source = 'bank';
create index notification_exercises_topic_idx on notification_exercises (topic_id);
create index classroom_exercises_class_idx on classroom_exercises (class_id) where class_id is not null;

insert into progress_exercises (id, title, topic_id, difficulty, source, class_id, created_by, created_at)
select id, title, topic_id, difficulty, source, class_id, created_by, created_at from exercises;
insert into notification_exercises select * from progress_exercises;
insert into classroom_exercises select * from progress_exercises;
