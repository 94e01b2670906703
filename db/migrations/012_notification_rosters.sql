-- Notification's read model of the rosters (which teachers hear of a student), fed by
-- classroom's `classroom.rosters` events (docs/architecture.md, "Who owns each table"), so
-- notification no longer reads classroom's classes and enrollments. Filled here from the rosters
-- stored before it.
create table notification_rosters (
  class_id uuid not null,
  teacher_id uuid not null references users (id) on delete cascade,
  student_id uuid not null references users (id) on delete cascade,
  primary key (class_id, student_id)
);
create index notification_rosters_teacher_idx on notification_rosters (teacher_id, student_id);
create index notification_rosters_student_idx on notification_rosters (student_id);

insert into notification_rosters (class_id, teacher_id, student_id)
select e.class_id, c.teacher_id, e.student_id
from enrollments e
join classes c on c.id = e.class_id;
