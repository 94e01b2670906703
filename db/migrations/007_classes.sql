-- Classes made by teachers (issue 16): each has one join code at a time, rotatable and expiring.
-- The code is shown to the teacher again and again (on the board, in a link), so it is kept as
-- written; a rotated or expired code joins nobody.
alter table classes add column join_code text;
alter table classes add column join_code_expires_at timestamptz;
create unique index classes_join_code_key on classes (join_code);
