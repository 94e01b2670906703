-- Classroom's rosters as the other services' roster read models have them (teacher, class, student), over its own
-- classes and enrollments: one rule of "a teacher sees their own students" (`requireStudentOfTeacher`) for all.
create view classroom_roster as
select c.teacher_id, e.class_id, e.student_id
  from enrollments e
  join classes c on c.id = e.class_id;
