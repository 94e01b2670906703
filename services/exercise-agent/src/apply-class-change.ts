import type { EventPayload } from '@learnflow/contracts';
import { type Db, skipIfReferenceGone } from '@learnflow/platform';

/**
 * Keeps `exercise_classes`, this service's read model of classroom's classes, in step with
 * `classroom.classes` (in the delivery's transaction): a made or renamed class is upserted, a
 * deleted one removed. A class's students leave `exercise_rosters` by their own
 * `classroom.rosters` removals: deleting a class is announced as one `enrolled: false` per student
 * and then `deleted: true` (docs/architecture.md, "Who owns each table").
 */
export async function applyClassChange(db: Db, change: EventPayload<'classroom.classes'>): Promise<void> {
  if (change.deleted) {
    await db.deleteFrom('exercise_classes').where('id', '=', change.classId).execute();
    return;
  }
  // A teacher deleted since the event leaves nothing to record (the insert breaks its foreign key).
  await skipIfReferenceGone(db, () =>
    db
      .insertInto('exercise_classes')
      .values({ id: change.classId, teacher_id: change.teacherId, name: change.name })
      .onConflict((oc) => oc.column('id').doUpdateSet({ teacher_id: change.teacherId, name: change.name }))
      .execute(),
  );
}
