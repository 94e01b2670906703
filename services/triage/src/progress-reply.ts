import { masteryByTopic, type ServiceDeps } from '@learnflow/platform';

/** "How am I doing?": the student's mastery at a glance and what to do next. */
export async function progressReply(deps: ServiceDeps, userId: string): Promise<string> {
  const [topics, mastery] = await Promise.all([
    deps.db
      .selectFrom('topics')
      .innerJoin('modules', 'modules.id', 'topics.module_id')
      .select(['topics.slug', 'topics.title'])
      .orderBy('modules.position')
      .orderBy('topics.position')
      .execute(),
    masteryByTopic(deps.db, 'triage_mastery', userId),
  ]);
  const bySlug = new Map(mastery.map((m) => [m.topic, m]));
  const rows = topics.map((t) => ({ ...t, progress: bySlug.get(t.slug) }));
  const started = rows.flatMap((r) => (r.progress ? [{ title: r.title, ...r.progress }] : []));
  if (started.length === 0) {
    const first = rows[0];
    return `You have not started a topic yet. A good first step is **${first?.title ?? 'Variables'}**: read the lesson, run its examples, then try the easy exercise.`;
  }
  const lines = started
    .sort((a, b) => b.mastery - a.mastery)
    .map((r) => `- ${r.title}: ${Math.round(r.mastery)}% (${r.level})`);
  const next = rows.find((r) => !r.progress || r.progress.mastery <= 70);
  return [
    `Here is where you stand on the ${started.length} topic${started.length === 1 ? '' : 's'} you have practised:`,
    ...lines,
    next
      ? `\nNext, I suggest **${next.title}**: ${next.progress ? 'a little more practice will make it solid' : 'you have not started it yet'}.`
      : '',
  ].join('\n');
}
