-- Classroom's own read model of notification's alerts (docs/architecture.md, "Who owns each table"): the
-- roster counts a student's open alerts, the student detail lists them. Fed by `alert.changes` (raised, or
-- resolved by a teacher), so classroom no longer reads `alerts`. Filled here from the alerts stored before it.
create table classroom_alerts (
  id uuid primary key,
  student_id uuid not null references users (id) on delete cascade,
  topic text,
  trigger text not null,
  status text not null check (status in ('open', 'resolved')),
  details jsonb not null,
  evidence jsonb not null,
  created_at timestamptz not null,
  resolved_at timestamptz
);
create index classroom_alerts_open_idx on classroom_alerts (student_id) where status = 'open';

insert into classroom_alerts (id, student_id, topic, trigger, status, details, evidence, created_at, resolved_at)
select a.id, a.student_id, t.slug, a.trigger, a.status, a.details, a.evidence, a.created_at, a.resolved_at
from alerts a left join topics t on t.id = a.topic_id;
