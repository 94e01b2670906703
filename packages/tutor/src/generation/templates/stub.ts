/** A function the student completes: signature, docstring, a TODO and `pass`. */
export const stub = (signature: string, doc: string, todo: string, indent = '') =>
  `${indent}def ${signature}:\n${indent}    """${doc}"""\n${indent}    # TODO: ${todo}\n${indent}    pass\n`;

/** A constant-name form of a word: `carton` -> `CARTON`. */
export const upper = (word: string) => word.toUpperCase().replaceAll(' ', '_');

/** `a // b` rounded up, for non-negative integers. */
export const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);
