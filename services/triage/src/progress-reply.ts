import type { ServiceDeps } from '@learnflow/platform';

/** "How am I doing?": the student's mastery at a glance and what to do next. */
export async function progressReply(deps: ServiceDeps, userId: string): Promise<string> {
  const rows = await deps.db
    .selectFrom('topics')
    .leftJoin('progress', (join) =>
      join.onRef('progress.topic_id', '=', 'topics.id').on('progress.user_id', '=', userId),
    )
    .innerJoin('modules', 'modules.id', 'topics.module_id')
    .select(['topics.slug', 'topics.title', 'progress.mastery', 'progress.level'])
    .orderBy('modules.position')
    .orderBy('topics.position')
    .execute();
  const started = rows.filter((r) => r.mastery !== null);
  if (started.length === 0) {
    const first = rows[0];
    return `You have not started a topic yet. A good first step is **${first?.title ?? 'Variables'}**: read the lesson, run its examples, then try the easy exercise.`;
  }
  const lines = started
    .sort((a, b) => Number(b.mastery) - Number(a.mastery))
    .map((r) => `- ${r.title}: ${Math.round(Number(r.mastery))}% (${r.level})`);
  const next = rows.find((r) => r.mastery === null || Number(r.mastery) <= 70);
  return [
    `Here is where you stand on the ${started.length} topic${started.length === 1 ? '' : 's'} you have practised:`,
    ...lines,
    next
      ? `\nNext, I suggest **${next.title}**: ${next.mastery === null ? 'you have not started it yet' : 'a little more practice will make it solid'}.`
      : '',
  ].join('\n');
}
