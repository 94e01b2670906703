-- Exercise agent: escalating hints per student and exercise; provenance of generated exercises.

create table exercise_hints (
  user_id uuid not null references users (id) on delete cascade,
  exercise_id uuid not null references exercises (id) on delete cascade,
  -- How many hints the student has unlocked (1..3; never past the exercise's last hint).
  level int not null check (level between 1 and 3),
  updated_at timestamptz not null default now(),
  primary key (user_id, exercise_id)
);

-- Which generator made a generated exercise, from which template and seed (null for the bank).
alter table exercises add column generation jsonb;
