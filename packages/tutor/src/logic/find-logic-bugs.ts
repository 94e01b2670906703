import type { RunResult, Sandbox } from '@learnflow/sandbox';
import { confirmWithTrace } from './confirm-with-trace.ts';
import { matchSymptom, symptomRank } from './match-symptom.ts';
import { runAnalyser } from './run-analyser.ts';
import type { LogicExplanation, LogicFinding } from './types.ts';
import { wordFinding } from './word-finding.ts';

/** Findings below this confidence are not shown: better no diagnosis than a wrong one. */
export const MIN_CONFIDENCE = 0.5;

export interface FindLogicBugsInput {
  code: string;
  /** The student's message: the symptom it names ranks the findings. */
  message: string;
  /** A run of `code` with `trace: true`, when the caller already has one; otherwise one is made here. */
  tracedRun?: RunResult;
}

/**
 * The logic mistakes in code that runs without an error: Python's `ast` in the sandbox finds candidates, a traced
 * run confirms or drops them (a loop that did finish, a function that did return a value). The finding that
 * explains the symptom the student names comes first, then by confidence.
 */
export async function findLogicBugs(
  sandbox: Pick<Sandbox, 'run'>,
  input: FindLogicBugsInput,
): Promise<LogicExplanation[]> {
  const [findings, run] = await Promise.all([
    runAnalyser(sandbox, input.code),
    input.tracedRun ?? sandbox.run({ code: input.code, stdin: '', trace: true }),
  ]);
  const symptom = matchSymptom(input.message);
  const lines = input.code.replace(/\r\n?/g, '\n').split('\n');
  const rank = (finding: LogicFinding) => symptomRank(symptom, finding.kind) ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  return findings
    .map((finding) => confirmWithTrace(finding, run))
    .filter((finding) => finding.confidence >= MIN_CONFIDENCE)
    .filter(
      (finding) =>
        !seen.has(`${finding.kind}:${finding.line}`) && seen.add(`${finding.kind}:${finding.line}`),
    )
    .sort((a, b) => rank(a) - rank(b) || b.confidence - a.confidence || a.line - b.line)
    .map((finding) =>
      wordFinding(finding, lines[finding.line - 1] ?? '', rank(finding) !== Number.POSITIVE_INFINITY),
    );
}
