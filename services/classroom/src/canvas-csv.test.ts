import { describe, expect, it } from 'vitest';
import { canvasCsv, csvCell } from './canvas-csv.ts';

describe('canvasCsv', () => {
  it('writes the Canvas columns, the Points Possible row and one row per student', () => {
    const csv = canvasCsv({
      class: { id: 'c1', name: 'Period 3' },
      pointsPossible: 100,
      assignments: [
        { exerciseId: 'e1', title: 'Sum a list' },
        { exerciseId: 'e2', title: 'FizzBuzz' },
      ],
      students: [{ id: 'u1', name: 'Maya Chen', email: 'maya@school.test', scores: [90, null] }],
    });
    expect(csv.split('\r\n')).toEqual([
      'Student,ID,SIS User ID,SIS Login ID,Section,Sum a list,FizzBuzz',
      'Points Possible,,,,,100,100',
      'Maya Chen,,u1,maya@school.test,Period 3,90,',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks, and neutralises formula cells', () => {
    expect(csvCell('Chen, Maya')).toBe('"Chen, Maya"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const formula of ['=HYPERLINK("x")', '+1', '-1+2', '@SUM(A1)', '\tx'])
      expect(csvCell(formula).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});
