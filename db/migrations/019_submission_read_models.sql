-- Classroom (student detail, replay, gradebook) and notification (an alert's history and the exercises it
-- offers) each keep their own read model of exercise-agent's graded submissions (docs/architecture.md, "Who owns
-- each table"), fed by `exercise.graded`, so neither reads `submissions` any more. Only students' submissions
-- are graded events, so only theirs are filled here from what was stored before; a deleted user takes their
-- rows with them.
create table classroom_submissions (
  id uuid primary key,
  user_id uuid not null references users (id) on delete cascade,
  exercise_id uuid not null,
  passed boolean not null,
  score int not null,
  code text not null,
  created_at timestamptz not null
);
create index classroom_submissions_user_exercise_idx on classroom_submissions (user_id, exercise_id, created_at);
create table notification_submissions (
  id uuid primary key,
  user_id uuid not null references users (id) on delete cascade,
  exercise_id uuid not null,
  passed boolean not null,
  score int not null,
  code text not null,
  created_at timestamptz not null
);
create index notification_submissions_user_exercise_idx on notification_submissions (user_id, exercise_id, created_at);

insert into classroom_submissions (id, user_id, exercise_id, passed, score, code, created_at)
select s.id, s.user_id, s.exercise_id, s.passed, s.score, s.code, s.created_at
from submissions s join users u on u.id = s.user_id where u.role = 'student';
insert into notification_submissions select * from classroom_submissions;
