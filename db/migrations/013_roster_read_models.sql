-- The read models of classroom's data that progress, api-gateway and exercise-agent keep
-- themselves (docs/architecture.md, "Who owns each table"), like notification_rosters (012), so
-- none of them reads classroom's classes, enrollments or assignments any more. Each roster is fed
-- by `classroom.rosters`; exercise-agent's classes by `classroom.classes` and its assignments by
-- `exercise.assignments`. Filled here from what classroom stored before them; a deleted user
-- takes their rows with them (on delete cascade).
create table progress_rosters (
  class_id uuid not null,
  teacher_id uuid not null references users (id) on delete cascade,
  student_id uuid not null references users (id) on delete cascade,
  primary key (class_id, student_id)
);
create index progress_rosters_teacher_idx on progress_rosters (teacher_id, student_id);
create index progress_rosters_student_idx on progress_rosters (student_id);

create table gateway_rosters (
  class_id uuid not null,
  teacher_id uuid not null references users (id) on delete cascade,
  student_id uuid not null references users (id) on delete cascade,
  primary key (class_id, student_id)
);
create index gateway_rosters_teacher_idx on gateway_rosters (teacher_id, student_id);
create index gateway_rosters_student_idx on gateway_rosters (student_id);

create table exercise_rosters (
  class_id uuid not null,
  teacher_id uuid not null references users (id) on delete cascade,
  student_id uuid not null references users (id) on delete cascade,
  primary key (class_id, student_id)
);
create index exercise_rosters_teacher_idx on exercise_rosters (teacher_id, student_id);
create index exercise_rosters_student_idx on exercise_rosters (student_id);

create table exercise_classes (
  id uuid primary key,
  teacher_id uuid not null references users (id) on delete cascade,
  name text not null
);
create index exercise_classes_teacher_idx on exercise_classes (teacher_id);

create table exercise_assignments (
  exercise_id uuid not null references exercises (id) on delete cascade,
  student_id uuid not null references users (id) on delete cascade,
  assigned_by uuid not null references users (id) on delete cascade,
  primary key (exercise_id, student_id)
);
create index exercise_assignments_assigned_by_idx on exercise_assignments (assigned_by);

insert into progress_rosters (class_id, teacher_id, student_id)
select e.class_id, c.teacher_id, e.student_id from enrollments e join classes c on c.id = e.class_id;
insert into gateway_rosters (class_id, teacher_id, student_id)
select e.class_id, c.teacher_id, e.student_id from enrollments e join classes c on c.id = e.class_id;
insert into exercise_rosters (class_id, teacher_id, student_id)
select e.class_id, c.teacher_id, e.student_id from enrollments e join classes c on c.id = e.class_id;
insert into exercise_classes (id, teacher_id, name) select id, teacher_id, name from classes;
insert into exercise_assignments (exercise_id, student_id, assigned_by)
select exercise_id, student_id, assigned_by from assignments;
