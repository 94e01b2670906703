import { dictionary } from '@zxcvbn-ts/language-common';
import { appError } from '../errors.ts';

// The ~49,000 most common passwords of leaked-password lists, as zxcvbn-ts ships them.
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/**
 * NIST SP 800-63B / ASVS 2.1: a minimum length (the schema's 8) and no password from the
 * common list or built from the account's own email or name; never a composition rule.
 */
export function checkNewPassword(password: string, account: { email: string; name: string }): void {
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.replace(/\d+$/, ''))) {
    throw appError(
      'WEAK_PASSWORD',
      'This password is on the list of the most common passwords: pick a longer phrase of your own.',
    );
  }
  const local = account.email.toLowerCase().split('@')[0] ?? '';
  const name = account.name.toLowerCase().replace(/\s+/g, '');
  if ((local.length >= 4 && lower.includes(local)) || (name.length >= 4 && lower.includes(name))) {
    throw appError('WEAK_PASSWORD', 'The password contains your email or name: pick one that does not.');
  }
}
