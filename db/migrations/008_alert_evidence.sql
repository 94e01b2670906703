-- Alert evidence (issue 16): the facts that made a struggle rule fire (ids, times, error type,
-- a short code excerpt), stored with the episode when it opens and copied onto its alert, so a
-- teacher sees why an alert fired rather than a guess made later.
alter table struggle_episodes add column evidence jsonb not null default '[]';
alter table alerts add column evidence jsonb not null default '[]';

-- The class-wide view groups the same error across students: errors by time.
create index learning_facts_error_idx on learning_facts (occurred_at) where error_type is not null;
