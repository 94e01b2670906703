const PREFIX = 'learnflow.code.';

/** The student's last code for an exercise or topic, so a reload loses nothing. */
export function savedCode(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function saveCode(key: string, code: string): void {
  try {
    localStorage.setItem(PREFIX + key, code);
  } catch {
    // Storage full or blocked: the code stays in the editor only.
  }
}
