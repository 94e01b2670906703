-- A deleted account's class rows are classroom's to forget (docs/architecture.md, "Who owns each table"): on the
-- account's `account.changes` (deleted), classroom keeps its mastery per class and topic with no identity
-- (`departed_mastery`) and then deletes the student's enrollments and mastery itself. Those two tables no longer
-- cascade from the gateway's `users`, which would have removed them before classroom could count them.
alter table enrollments drop constraint enrollments_student_id_fkey;
alter table classroom_mastery drop constraint classroom_mastery_user_id_fkey;
