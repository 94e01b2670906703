import { describe, expect, it } from 'vitest';
import { topicOverview } from './topic-overview.ts';

describe('topicOverview', () => {
  it("answers a topic asked for by its title (the topic page's suggestion) from its lesson", () => {
    const overview = topicOverview('Explain dictionaries and sets with an example.');
    expect(overview?.topic).toBe('dictionaries');
    expect(overview?.text).toMatch(/^\*\*Dictionaries and Sets\*\*: A dictionary maps unique keys/);
    expect(overview?.text).toContain(`\`\`\`python\n${overview?.example.code.trimEnd()}\n\`\`\``);
    expect(overview?.text).toContain('[Dictionaries and Sets](/topics/dictionaries)');
    expect(topicOverview('tell me about handling exceptions')?.topic).toBe('handling-exceptions');
  });

  it('leaves a question about one idea of a topic to the knowledge base', () => {
    for (const message of ['what is a dictionary', 'explain dict.get', 'how do for loops work'])
      expect(topicOverview(message), message).toBeNull();
  });
});
