const TRIGGERS: Record<string, string> = {
  repeated_error: 'the same error 3+ times',
  stuck_on_exercise: 'stuck on an exercise for over 10 minutes',
  low_quiz_score: 'a quiz score under 50%',
  said_stuck: 'said they are stuck',
  failed_runs: '5+ failed runs in a row',
  wheel_spinning: 'many attempts without progress',
};

/** A struggle trigger in words for a teacher. */
export const triggerLabel = (trigger: string) => TRIGGERS[trigger] ?? trigger.replaceAll('_', ' ');

/** What an alert's `details` says, in one line: the error, how often, the exercise, the score. */
export function detailsLine(details: Record<string, unknown> | undefined): string {
  if (!details) return '';
  const d = details as Record<string, string | number | null | undefined>;
  const parts: string[] = [];
  if (d.errorType) parts.push(d.message ? `${d.errorType}: ${d.message}` : String(d.errorType));
  if (typeof d.count === 'number') parts.push(`${d.count} times`);
  if (d.exerciseTitle || d.title) parts.push(`exercise "${d.exerciseTitle ?? d.title}"`);
  if (typeof d.score === 'number') parts.push(`score ${d.score}`);
  if (typeof d.minutes === 'number') parts.push(`${d.minutes} minutes`);
  if (!d.errorType && typeof d.message === 'string') parts.push(`“${d.message.slice(0, 140)}”`);
  if (typeof d.attempts === 'number') parts.push(`${d.attempts} attempts`);
  if (!d.errorType && typeof d.lastError === 'string') parts.push(`last error ${d.lastError}`);
  return parts.join(' · ');
}
