import type { OneTimeCode } from '@learnflow/contracts';
import {
  audit,
  hashCode,
  readableCode,
  requireStudentOfTeacher,
  type ServiceDeps,
} from '@learnflow/platform';

export const RESET_CODE_HOURS = 24;

/**
 * A one-time password reset code for a student of the teacher's classes, shown once to the
 * teacher (school students often have no email). The student sets a new password with it at
 * POST /api/auth/reset-password; earlier unused codes of the student stop working.
 */
export async function issueResetCode(
  deps: ServiceDeps,
  teacherId: string,
  studentId: string,
): Promise<OneTimeCode> {
  await requireStudentOfTeacher(
    deps.db,
    { rosters: 'gateway_rosters', accounts: 'users' },
    teacherId,
    studentId,
  );
  const code = readableCode(3);
  const expiresAt = new Date(Date.now() + RESET_CODE_HOURS * 3_600_000);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('password_resets')
      .where('user_id', '=', studentId)
      .where('used_at', 'is', null)
      .execute();
    await trx
      .insertInto('password_resets')
      .values({ code_hash: hashCode(code), user_id: studentId, created_by: teacherId, expires_at: expiresAt })
      .execute();
    await audit(trx, teacherId, 'password.reset-issued', studentId);
  });
  return { code, expiresAt: expiresAt.toISOString() };
}
