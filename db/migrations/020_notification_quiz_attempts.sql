-- Notification's own read model of students' quiz attempts (docs/architecture.md, "Who owns each table"): an
-- alert's history shows the attempts on its topic. Fed by `progress.events` of kind `quiz.attempted`, whose
-- detail carries the quiz's title; filled here from the attempts stored before it.
create table notification_quiz_attempts (
  id uuid primary key,
  user_id uuid not null references users (id) on delete cascade,
  topic_id int not null references topics (id),
  title text not null,
  score int not null,
  created_at timestamptz not null
);
create index notification_quiz_attempts_user_topic_idx on notification_quiz_attempts (user_id, topic_id, created_at);

insert into notification_quiz_attempts (id, user_id, topic_id, title, score, created_at)
select a.id, a.user_id, q.topic_id, q.title, a.score, a.created_at
from quiz_attempts a join quizzes q on q.id = a.quiz_id join users u on u.id = a.user_id
where u.role = 'student';
