import { z } from 'zod';

/** How a mutant differs from the reference solution. */
export const MutantKindSchema = z.enum([
  'off-by-one',
  'flipped-comparison',
  'dropped-branch',
  'constant-return',
  'wrong-edge-case',
  'dropped-call',
  'swapped-call',
  'swapped-operator',
]);
export type MutantKind = z.infer<typeof MutantKindSchema>;

/** A small wrong version of a reference solution, made from its syntax tree in the sandbox. */
export const MutantSchema = z.object({
  /** Stable while the reference is unchanged: `<kind> line <n>: <change>`; what `acceptedMutants` names. */
  id: z.string().min(1),
  kind: MutantKindSchema,
  /** Line of the reference solution that was changed. */
  line: z.number().int().positive(),
  /** The change, e.g. "`n < 0` becomes `n <= 0`". */
  change: z.string().min(1),
  /** The whole mutated program (re-printed from the syntax tree, so without comments). */
  code: z.string().min(1),
});
export type Mutant = z.infer<typeof MutantSchema>;

/**
 * What the tests did to a mutant: `killed` (a test failed: `killedBy` names the first), `survived` (every
 * test passed: the tests miss the change, or the mutant behaves like the reference), or `accepted` (it
 * survived and the exercise lists it as equivalent to the reference, with `acceptedReason`).
 */
export const MutantOutcomeSchema = MutantSchema.extend({
  status: z.enum(['killed', 'survived', 'accepted']),
  killedBy: z.string().nullable(),
  acceptedReason: z.string().nullable(),
});
export type MutantOutcome = z.infer<typeof MutantOutcomeSchema>;

/** The mutant check of one exercise: its tests graded against mutants of its reference solution. */
export const MutantReportSchema = z.object({
  slug: z.string(),
  /** The reference passes its own tests; when it does not, no mutant is graded. */
  referencePassed: z.boolean(),
  /** `<test name>: <message>` of each test the reference fails. */
  referenceFailures: z.array(z.string()),
  /** Mutants the reference yields before the cap; `mutants` holds the graded ones (distinct, compiling). */
  candidates: z.number().int().nonnegative(),
  mutants: z.array(MutantOutcomeSchema),
  killed: z.number().int().nonnegative(),
  survived: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  durationMs: z.number().nonnegative(),
});
export type MutantReport = z.infer<typeof MutantReportSchema>;
