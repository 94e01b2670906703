import { describe, expect, it } from 'vitest';
import { lessons } from '../content/lessons/index.ts';
import { explainConcept } from './explain-concept.ts';

describe('explainConcept (offline engine)', () => {
  it('answers from the lesson it retrieved, quoting and linking it', () => {
    const answer = explainConcept({ message: 'how do for loops work?', topic: null, masteryLevel: null });
    expect(answer.topic).toBe('for-loops');
    expect(answer.text).toContain(lessons['for-loops']?.summary);
    expect(answer.text).toContain('](/topics/for-loops)');
    expect(answer.data.example?.code).toBe(
      lessons['for-loops']?.examples.find((e) => e.code === answer.data.example?.code)?.code,
    );
    expect(answer.text).toContain('```python');
  });

  it('ends with a check question and never gives its answer', () => {
    const answer = explainConcept({
      message: 'what is a list comprehension',
      topic: null,
      masteryLevel: 'Beginner',
    });
    expect(answer.text).toMatch(/\*\*Check yourself:\*\*[\s\S]*\nA\. [\s\S]*\nB\. /);
    expect(answer.text.trimEnd().split('\n').at(-1)).toMatch(/^[A-F]\. /);
    expect(answer.data.checkQuestion?.choices.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(answer.data)).not.toContain('"answer"');
  });

  it('adapts to the mastery level: a beginner gets less, someone further on gets a pitfall', () => {
    const beginner = explainConcept({
      message: 'explain while loops',
      topic: 'while-loops',
      masteryLevel: 'Beginner',
    });
    const proficient = explainConcept({
      message: 'explain while loops',
      topic: 'while-loops',
      masteryLevel: 'Proficient',
    });
    expect(beginner.text).not.toContain('**Watch out:**');
    expect(proficient.text).toContain('**Watch out:**');
    expect(proficient.data.suggestedExercise?.difficulty).toBe('hard');
    expect(beginner.data.suggestedExercise?.difficulty).toBe('easy');
  });

  it('asks for more when nothing matches', () => {
    const answer = explainConcept({ message: 'zzqx blorf', topic: null, masteryLevel: null });
    expect(answer.topic).toBeNull();
    expect(answer.text).toMatch(/which Python idea/);
  });
});
