/**
 * The Ruff configuration of a review: rules that catch a beginner's real mistakes and teach
 * idiomatic Python, without the noise of a professional setup.
 *
 * - `F` (pyflakes): unused imports and variables, undefined names, `return`/`break` in the
 *   wrong place: almost always a bug or a leftover.
 * - `E4`, `E7`, `E9`, `E501`, `W` (pycodestyle): `== None`, `== True`, `type(x) == ...`, bare
 *   `except`, ambiguous `l`/`O`/`I`, several statements on a line, lines over 100 characters.
 *   Trailing-whitespace and end-of-file rules are left out: an editor adds those, not the student.
 * - `N` (pep8-naming): snake_case functions and variables, CapWords classes, `self`/`cls`.
 * - `B` (bugbear): mutable defaults, `x == 1` as a statement, loop-variable closures.
 * - `SIM` (simplify), `C4` (comprehensions): the shorter, clearer way to say the same thing.
 * - `C901` with a low limit (7 paths) and a pylint subset: too many branches, arguments or
 *   returns, `global`, `x == 1 or x == 2`, overwritten loop variables, comparing to itself.
 * - `A001`/`A002` (a variable or argument called `list`, `sum`, `max`...), `ARG001`
 *   (an argument the function never uses) and `S307` (`eval`).
 *
 * Left out on purpose: `PLR2004` (magic values): it flags every `if age >= 18` in a first
 * program and buries the real findings; `SIM105` (`contextlib.suppress`): an import too far
 * for a beginner, and the bare `except` it usually sits on is reported anyway; `B904` and
 * `B905`: `raise ... from` and `zip(strict=)` come later in the curriculum; `N818`, `N999`.
 */
export const RUFF_SETTINGS = {
  'target-version': 'py311',
  'line-length': 100,
  lint: {
    select: [
      'F',
      'E4',
      'E7',
      'E9',
      'E501',
      'W',
      'N',
      'B',
      'SIM',
      'C4',
      'C901',
      'PLE',
      'PLR0124',
      'PLR0133',
      'PLR0911',
      'PLR0912',
      'PLR0913',
      'PLR1704',
      'PLR1711',
      'PLR1714',
      'PLR1730',
      'PLR5501',
      'PLW0120',
      'PLW0127',
      'PLW0602',
      'PLW0603',
      'PLW2901',
      'PLC0206',
      'PLC0414',
      'A001',
      'A002',
      'ARG001',
      'S307',
    ],
    ignore: ['W291', 'W292', 'W293', 'W391', 'SIM105', 'B904', 'B905', 'N818', 'N999', 'PLR2004'],
    mccabe: { 'max-complexity': 7 },
    pylint: { 'max-args': 5, 'max-branches': 8, 'max-returns': 6 },
  },
} as const;

/** Our own checks' limits (rules `LF001`-`LF007`). */
export const LIMITS = {
  /** Statements in one function body before it should be split. */
  functionStatements: 20,
  /** Blocks (`if`, `for`, `while`, `with`, `try`) inside one another. */
  nestingDepth: 3,
} as const;
