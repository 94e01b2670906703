-- Incremental mastery (services/progress/src/apply-fact.ts): each topic's progress row keeps what
-- the next fact needs, so a fact updates its topic without reading the student's other facts: the
-- best score per exercise and the latest quality observations (the window of QUALITY_WINDOW, 10).
-- The full recompute (recompute.ts, the replay and repair path) writes them too; rows stored
-- before this migration are filled from the stored facts here.
alter table progress add column exercise_bests jsonb not null default '{}';
alter table progress add column quality_window jsonb not null default '[]';

update progress p set
  exercise_bests = coalesce((
    select jsonb_object_agg(b.exercise_id::text, b.best)
    from (
      select f.exercise_id, coalesce(max(f.score), 0) as best
      from learning_facts f
      where f.user_id = p.user_id and f.topic_id = p.topic_id
        and f.kind = 'exercise.graded' and f.exercise_id is not null
      group by f.exercise_id
    ) b
  ), '{}'),
  quality_window = coalesce((
    select jsonb_agg(jsonb_build_object('at', w.occurred_at, 'id', w.id::text, 'quality', w.quality)
      order by w.occurred_at desc, w.id)
    from (
      select f.id, f.occurred_at, f.quality
      from learning_facts f
      where f.user_id = p.user_id and f.topic_id = p.topic_id and f.quality is not null
      order by f.occurred_at desc, f.id
      limit 10
    ) w
  ), '[]');
