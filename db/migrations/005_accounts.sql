-- Accounts and roles (issue 19): an admin role, accounts that can be disabled, sessions that can
-- end, single-use teacher invites and password reset codes, WebSocket tickets and an audit log.

alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('student', 'teacher', 'admin'));
alter table users add column disabled_at timestamptz;

-- One row per sign-in: the access token names it (sid), the refresh token's hash renews it.
create table sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  refresh_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index sessions_user_idx on sessions (user_id);

-- Only hashes of codes are kept: a leaked table grants nothing.
create table invites (
  code_hash text primary key,
  role text not null check (role in ('teacher')),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  used_by uuid references users (id) on delete set null
);

create table password_resets (
  code_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index password_resets_user_idx on password_resets (user_id);

create table ws_tickets (
  ticket_hash text primary key,
  session_id uuid not null references sessions (id) on delete cascade,
  expires_at timestamptz not null
);

-- Who changed whose role, disabled, invited, reset or deleted whom.
create table audit_log (
  id bigserial primary key,
  actor_id uuid references users (id) on delete set null,
  action text not null,
  target_id uuid,
  details jsonb not null default '{}',
  created_at timestamptz not null default now()
);
create index audit_log_target_idx on audit_log (target_id, created_at desc);

-- A deleted student's mastery per class and topic, with no identity: the class's statistics stay true.
create table departed_mastery (
  class_id uuid not null references classes (id) on delete cascade,
  topic_id int not null references topics (id) on delete cascade,
  mastery numeric(5, 2) not null,
  departed_at timestamptz not null default now()
);
create index departed_mastery_class_idx on departed_mastery (class_id);
