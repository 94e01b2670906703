-- Answers a student checked one at a time (to see the explanation at once). The first check
-- of a question since the student's last attempt is the answer the attempt grades.
create table quiz_checks (
  user_id uuid not null references users (id) on delete cascade,
  quiz_id uuid not null references quizzes (id) on delete cascade,
  question_id text not null,
  choice int not null,
  created_at timestamptz not null default now(),
  primary key (user_id, quiz_id, question_id)
);
