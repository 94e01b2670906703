-- Each service that names students and teachers, or counts a student's days in their zone, keeps its own read
-- model of the accounts (docs/architecture.md, "Who owns each table"), fed by `account.changes`, so none of them
-- reads the gateway's `users` any more. Filled here from the accounts made before it; a deleted user takes their
-- row with them. The columns are the account's own names, so `users` and these answer the same query.
create table progress_accounts (
  id uuid primary key references users (id) on delete cascade,
  name text not null,
  email text not null,
  role text not null,
  timezone text not null,
  updated_at timestamptz not null
);
create table notification_accounts (
  id uuid primary key references users (id) on delete cascade,
  name text not null,
  email text not null,
  role text not null,
  timezone text not null,
  updated_at timestamptz not null
);
create table classroom_accounts (
  id uuid primary key references users (id) on delete cascade,
  name text not null,
  email text not null,
  role text not null,
  timezone text not null,
  updated_at timestamptz not null
);

insert into progress_accounts (id, name, email, role, timezone, updated_at)
select id, name, email, role, timezone, created_at from users;
insert into notification_accounts select * from progress_accounts;
insert into classroom_accounts select * from progress_accounts;
