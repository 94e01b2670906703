import type { LogicFinding, LogicKind } from './types.ts';

/** What a finding says to the student: the same parts as an error explanation. */
export interface Worded {
  title: string;
  what: string;
  why: string;
  hints: [string, string, string];
}

export type Wording = (finding: LogicFinding, quoted: string) => Worded;
export type Wordings<K extends LogicKind> = Record<K, Wording>;
