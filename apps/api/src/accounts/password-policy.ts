import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD_POLICY } from '@trp/contracts';

let commonPasswords: Set<string> | undefined;

/** The bundled list (assets/ in the build, beside this file in the sources), loaded once. */
function common(): Set<string> {
  if (!commonPasswords) {
    const candidates = [join(__dirname, 'assets', 'common-passwords.txt'), join(__dirname, 'common-passwords.txt')];
    const file = candidates.find((path) => existsSync(path));
    if (!file) throw new Error(`The common password list is missing (looked in ${candidates.join(', ')}).`);
    commonPasswords = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#')),
    );
  }
  return commonPasswords;
}

/**
 * ASVS level 2 password rules: 12 to 128 characters (counted as Unicode code points), no composition rules,
 * not a common password (nor one with only digits or symbols added), not a single repeated character,
 * and not the account's own email. Answers the first problem, or undefined when the password is fine.
 */
export function passwordProblem(password: string, context: { email?: string } = {}): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_POLICY.minLength) return `The password must be at least ${PASSWORD_POLICY.minLength} characters long.`;
  if (length > PASSWORD_POLICY.maxLength) return `The password must be at most ${PASSWORD_POLICY.maxLength} characters long.`;
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (common().has(lower) || common().has(stem) || common().has(lower.replace(/\s+/g, ''))) {
    return 'This password is too common; choose a longer phrase that is hard to guess.';
  }
  if (/^(.)\1*$/u.test(password)) return 'The password must not be one character repeated.';
  const email = context.email?.trim().toLowerCase();
  if (email && (lower.includes(email) || (email.split('@')[0]?.length ?? 0) >= 4 && lower.includes(email.split('@')[0] ?? ''))) {
    return 'The password must not contain your email address.';
  }
  return undefined;
}
