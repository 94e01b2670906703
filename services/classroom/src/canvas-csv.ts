import type { Gradebook } from '@learnflow/contracts';

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a cell a spreadsheet would
 * run as a formula (`=`, `+`, `-`, `@`, tab or carriage return first) gets a leading `'`.
 */
export const csvCell = (value: string | number | null): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

const line = (cells: (string | number | null)[]) => cells.map(csvCell).join(',');

/**
 * The gradebook as Canvas imports it (Grades > Import): Student, ID, SIS User ID, SIS Login ID,
 * Section, one column per assignment, then a "Points Possible" row. Canvas matches students by
 * SIS Login ID (the email here); ID is left empty as LearnFlow does not know Canvas's ids.
 */
export function canvasCsv(gradebook: Gradebook): string {
  const header = [
    'Student',
    'ID',
    'SIS User ID',
    'SIS Login ID',
    'Section',
    ...gradebook.assignments.map((a) => a.title),
  ];
  const points = [
    'Points Possible',
    '',
    '',
    '',
    '',
    ...gradebook.assignments.map(() => gradebook.pointsPossible),
  ];
  const rows = gradebook.students.map((s) => [s.name, '', s.id, s.email, gradebook.class.name, ...s.scores]);
  return `${[header, points, ...rows].map(line).join('\r\n')}\r\n`;
}
