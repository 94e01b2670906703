-- Teacher-authored exercises (issue 16), owned by the exercise service. A teacher writes a
-- draft (the exercise as ExerciseDefinition minus its slug), checks its tests against mutants
-- of its reference solution, and publishes it to one of their classes: publishing inserts the
-- exercise (source 'authored', class_id) and marks the draft in one transaction, so a draft is
-- either unpublished or fully published, never half.
alter table exercises drop constraint exercises_source_check;
alter table exercises add constraint exercises_source_check
  check (source in ('bank', 'generated', 'authored'));
-- The class whose students see an authored exercise (null for the bank and generated ones).
alter table exercises add column class_id uuid references classes (id) on delete set null;
create index exercises_class_idx on exercises (class_id) where class_id is not null;

create table exercise_drafts (
  id uuid primary key default gen_random_uuid(),
  teacher_id uuid not null references users (id) on delete cascade,
  definition jsonb not null,
  -- The last mutant check: the content it graded (a hash of solution and tests), its state and report.
  check_hash text,
  check_status text check (check_status in ('running', 'done', 'failed')),
  check_started_at timestamptz,
  check_report jsonb,
  check_problem text,
  -- Set together when the draft is published.
  exercise_id uuid unique references exercises (id) on delete set null,
  class_id uuid references classes (id) on delete set null,
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index exercise_drafts_teacher_idx on exercise_drafts (teacher_id, updated_at desc);
