const TIPS: Record<string, string> = {
  NameError:
    'it means a name was used before it was defined, or was misspelled: check each name against the line that creates it.',
  TypeError:
    'it usually means two values of different types were mixed, such as text and a number: check the type of each value (`type(x)`).',
  IndexError:
    'it means an index past the end of a list or string: the last index is `len(items) - 1`, and an empty list has none.',
  KeyError: 'it means a dictionary lookup of a key that is not there: check with `in` or use `.get()`.',
  ValueError:
    "it usually means a conversion such as `int('abc')` got text it cannot read: check the value before converting.",
  ZeroDivisionError: 'it means a division by zero: check the divisor before dividing.',
  AttributeError:
    'it means a value does not have the method or attribute you used: check what type the value really is.',
  SyntaxError:
    'check colons at the end of `if`/`for`/`def` lines, brackets that close, and quotes that match.',
  IndentationError:
    'check that each block is indented by the same 4 spaces and that tabs and spaces are not mixed.',
  TimeoutError: 'it means a loop never ended: make sure the loop condition changes inside the loop.',
};

/** A Markdown paragraph for the prompt: the student's most common recent error and how to avoid it here. */
export function errorFocus(errorType: string): string {
  const tip =
    TIPS[errorType] ??
    'read the last line of the traceback: it names the problem and the line where it happened.';
  return `**Watch out:** your recent runs raised \`${errorType}\` more than any other error; ${tip} Test your code on the examples above before you submit.`;
}
