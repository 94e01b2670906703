import { useId } from 'react';

/** A new password typed twice. */
export interface NewPassword {
  password: string;
  again: string;
}

const MIN_LENGTH = 8;

/** What is wrong with a new password before it is sent (the server checks the same), or null. */
export function newPasswordProblem({ password, again }: NewPassword): string | null {
  if (password.length < MIN_LENGTH) return `The new password needs at least ${MIN_LENGTH} characters.`;
  if (password !== again) return 'The two new passwords are not the same: type it again in both fields.';
  return null;
}

/** The two fields of a new password, for changing it and for resetting it with a code. */
export function NewPasswordFields({
  value,
  onChange,
}: {
  value: NewPassword;
  onChange: (next: NewPassword) => void;
}) {
  const hint = useId();
  return (
    <>
      <label>
        New password
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_LENGTH}
          aria-describedby={hint}
          value={value.password}
          onChange={(e) => onChange({ ...value, password: e.target.value })}
        />
      </label>
      <span className="hint" id={hint}>
        At least {MIN_LENGTH} characters.
      </span>
      <label>
        New password again
        <input
          type="password"
          autoComplete="new-password"
          required
          value={value.again}
          onChange={(e) => onChange({ ...value, again: e.target.value })}
        />
      </label>
    </>
  );
}
