import { errorFocus } from './error-focus.ts';
import type { ExerciseGenerator } from './exercise-generator.ts';
import type { ExerciseTemplate } from './exercise-template.ts';
import { seededRandom } from './seeded-random.ts';
import { TEMPLATES } from './templates/index.ts';

/** The offline generator: picks one of the topic's templates and fills it from the seed. */
export function createTemplateGenerator(
  templates: readonly ExerciseTemplate[] = TEMPLATES,
): ExerciseGenerator {
  const forTopic = (topic: string) => templates.filter((template) => template.topic === topic);
  return {
    kind: 'template',
    supports: (topic) => forTopic(topic).length > 0,
    async generate({ topic, difficulty, seed, focusError }) {
      const candidates = forTopic(topic);
      if (candidates.length === 0) throw new Error(`no template for the topic "${topic}"`);
      const rng = seededRandom(seed);
      const template = rng.pick(candidates);
      const draft = template.build(rng, difficulty);
      return {
        definition: {
          slug: `${template.id}-${difficulty}-${seed.toString(36)}`,
          topic,
          difficulty,
          ...draft,
          prompt: focusError ? `${draft.prompt}\n\n${errorFocus(focusError)}` : draft.prompt,
        },
        provenance: { generator: 'template', template: template.id, seed },
      };
    },
  };
}
