-- Progress and struggle detection: the facts mastery is recomputed from, streaks, the
-- durable state of the struggle triggers, and dedup keys for notifications.

-- Every learning fact the progress service heard of, once: the source key (submission id,
-- run request id, quiz attempt id...) makes a replayed event a no-op.
create table learning_facts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  source_key text not null,
  kind text not null check (
    kind in ('exercise.graded', 'quiz.attempted', 'code.reviewed', 'error.observed', 'struggle.said',
      'topic.viewed', 'code.run')
  ),
  topic_id int references topics (id),
  exercise_id uuid,
  -- The request an error belongs to: a run and the debug agent's error.observed count once.
  ref text,
  score numeric(5, 2),
  passed boolean,
  quality numeric(5, 2),
  error_type text,
  occurred_at timestamptz not null,
  detail jsonb not null default '{}',
  unique (user_id, source_key)
);
create index learning_facts_user_kind_idx on learning_facts (user_id, kind, occurred_at);
create index learning_facts_user_topic_idx on learning_facts (user_id, topic_id, kind);

-- One row per student: the current streak as last computed, and the per-student lock
-- (select ... for update) that serialises the student's recomputations across replicas.
create table student_streaks (
  user_id uuid primary key references users (id) on delete cascade,
  current int not null default 0,
  longest int not null default 0,
  last_active_day date,
  updated_at timestamptz not null default now()
);

-- "Working on exercise X without a pass": the durable timer of the stuck trigger.
create table exercise_sessions (
  user_id uuid not null references users (id) on delete cascade,
  exercise_id uuid not null,
  topic_id int references topics (id),
  started_at timestamptz not null,
  last_activity_at timestamptz not null,
  attempts int not null default 1,
  passed_at timestamptz,
  stuck_at timestamptz,
  primary key (user_id, exercise_id)
);
create index exercise_sessions_due_idx on exercise_sessions (started_at)
  where passed_at is null and stuck_at is null;

-- One row per struggle episode. At most one open episode per student, trigger and scope
-- (error type, exercise, quiz or topic); published_at is the claim of the one replica
-- that publishes struggle.detected.
create table struggle_episodes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  trigger text not null,
  scope text not null default '',
  episode_key text not null,
  topic text,
  detail jsonb not null default '{}',
  opened_at timestamptz not null,
  last_seen_at timestamptz not null,
  closed_at timestamptz,
  published_at timestamptz,
  unique (user_id, episode_key)
);
create unique index struggle_episodes_open_key on struggle_episodes (user_id, trigger, scope)
  where closed_at is null;
create index struggle_episodes_unpublished_idx on struggle_episodes (opened_at) where published_at is null;

-- A notice is stored once per recipient and cause (alert:<id>, assignment:<id>).
alter table notifications add column dedup_key text;
create unique index notifications_dedup_key on notifications (user_id, dedup_key);

create index alerts_created_idx on alerts (created_at desc);
