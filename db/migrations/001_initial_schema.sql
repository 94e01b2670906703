-- LearnFlow data model: identity, classes, curriculum, practice, progress, chat, alerts, audit.

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  name text not null,
  role text not null check (role in ('student', 'teacher')),
  password_hash text not null,
  timezone text not null default 'UTC',
  created_at timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

create table classes (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  teacher_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now()
);
create index classes_teacher_idx on classes (teacher_id);

create table enrollments (
  class_id uuid not null references classes (id) on delete cascade,
  student_id uuid not null references users (id) on delete cascade,
  enrolled_at timestamptz not null default now(),
  primary key (class_id, student_id)
);
create index enrollments_student_idx on enrollments (student_id);

create table modules (
  id serial primary key,
  slug text not null unique,
  title text not null,
  position int not null
);

create table topics (
  id serial primary key,
  module_id int not null references modules (id) on delete cascade,
  slug text not null unique,
  title text not null,
  position int not null,
  lesson jsonb
);
create index topics_module_idx on topics (module_id, position);

create table exercises (
  id uuid primary key default gen_random_uuid(),
  slug text unique,
  topic_id int not null references topics (id),
  difficulty text not null check (difficulty in ('easy', 'medium', 'hard')),
  title text not null,
  prompt text not null,
  starter_code text not null default '',
  solution text not null,
  hints jsonb not null default '[]',
  tests jsonb not null,
  source text not null default 'bank' check (source in ('bank', 'generated')),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index exercises_topic_idx on exercises (topic_id, difficulty);

create table assignments (
  id uuid primary key default gen_random_uuid(),
  exercise_id uuid not null references exercises (id) on delete cascade,
  student_id uuid not null references users (id) on delete cascade,
  assigned_by uuid not null references users (id) on delete cascade,
  due_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz not null default now(),
  unique (exercise_id, student_id)
);
create index assignments_student_idx on assignments (student_id, created_at desc);

create table submissions (
  id uuid primary key default gen_random_uuid(),
  exercise_id uuid not null references exercises (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  code text not null,
  passed boolean not null,
  score int not null check (score between 0 and 100),
  results jsonb not null,
  quality_score int check (quality_score between 0 and 100),
  duration_ms int,
  created_at timestamptz not null default now()
);
create index submissions_user_exercise_idx on submissions (user_id, exercise_id, created_at desc);

create table quizzes (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique,
  topic_id int not null references topics (id),
  title text not null,
  questions jsonb not null
);
create index quizzes_topic_idx on quizzes (topic_id);

create table quiz_attempts (
  id uuid primary key default gen_random_uuid(),
  quiz_id uuid not null references quizzes (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  answers jsonb not null,
  score int not null check (score between 0 and 100),
  correct int not null,
  total int not null,
  created_at timestamptz not null default now()
);
create index quiz_attempts_user_idx on quiz_attempts (user_id, quiz_id, created_at desc);

create table progress (
  user_id uuid not null references users (id) on delete cascade,
  topic_id int not null references topics (id),
  exercises_score numeric(5, 2) not null default 0,
  quiz_score numeric(5, 2) not null default 0,
  quality_score numeric(5, 2) not null default 0,
  consistency_score numeric(5, 2) not null default 0,
  mastery numeric(5, 2) not null default 0,
  level text not null default 'Beginner' check (level in ('Beginner', 'Learning', 'Proficient', 'Mastered')),
  updated_at timestamptz not null default now(),
  primary key (user_id, topic_id)
);

create table activity_days (
  user_id uuid not null references users (id) on delete cascade,
  day date not null,
  primary key (user_id, day)
);

create table code_runs (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  request_id text,
  topic_id int references topics (id),
  exercise_id uuid references exercises (id) on delete set null,
  exit_code int,
  timed_out boolean not null default false,
  memory_exceeded boolean not null default false,
  error_type text,
  error_line int,
  duration_ms int not null,
  created_at timestamptz not null default now()
);
create index code_runs_user_idx on code_runs (user_id, created_at desc);

create table chat_messages (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  request_id text not null,
  role text not null check (role in ('student', 'tutor')),
  intent text,
  agent text,
  content text not null,
  code text,
  topic text,
  metadata jsonb not null default '{}',
  created_at timestamptz not null default now()
);
create index chat_messages_user_idx on chat_messages (user_id, created_at);
create unique index chat_messages_request_role_key on chat_messages (request_id, role);

create table alerts (
  id uuid primary key default gen_random_uuid(),
  student_id uuid not null references users (id) on delete cascade,
  topic_id int references topics (id),
  trigger text not null,
  episode_key text not null,
  details jsonb not null default '{}',
  status text not null default 'open' check (status in ('open', 'resolved')),
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolved_by uuid references users (id) on delete set null,
  unique (student_id, episode_key)
);
create index alerts_student_status_idx on alerts (student_id, status);

create table notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  type text not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notifications_user_idx on notifications (user_id, created_at);

create table event_log (
  id bigserial primary key,
  event_id text not null unique,
  topic text not null,
  type text not null,
  user_id text,
  correlation_id text,
  payload jsonb not null,
  created_at timestamptz not null default now()
);
create index event_log_user_idx on event_log (user_id, created_at);

create table processed_events (
  consumer_group text not null,
  event_id text not null,
  processed_at timestamptz not null default now(),
  primary key (consumer_group, event_id)
);

-- A student's progress at a glance: topics touched, average mastery, mastered count, streak days.
create view user_progress_summary as
select
  u.id as user_id,
  count(p.topic_id)::int as topics_started,
  coalesce(round(avg(p.mastery), 2), 0)::numeric(5, 2) as average_mastery,
  count(*) filter (where p.level = 'Mastered')::int as topics_mastered,
  (select count(*)::int from activity_days a where a.user_id = u.id) as active_days,
  max(p.updated_at) as last_activity_at
from users u
left join progress p on p.user_id = u.id
where u.role = 'student'
group by u.id;

-- Students with an open struggle alert, with the teachers who should hear of it.
create view struggling_students as
select
  a.student_id,
  s.name as student_name,
  c.teacher_id,
  count(*)::int as open_alerts,
  max(a.created_at) as latest_alert_at
from alerts a
join users s on s.id = a.student_id
join enrollments e on e.student_id = a.student_id
join classes c on c.id = e.class_id
where a.status = 'open'
group by a.student_id, s.name, c.teacher_id;
