import { verifyPassword } from './passwords';
import { UserAccount } from './user-account.entity';

/** Which account a sign-in is for: the account (or null), whether its password matched, or a practice to choose. */
export interface SignInMatch {
  readonly user: UserAccount | null;
  readonly passwordOk: boolean;
  /** Set when the password matches active accounts of more than one practice: the caller must pick one. */
  readonly practices?: readonly { readonly id: string; readonly name: string }[];
}

/**
 * An email may have an account in several practices (one per practice, issue 13). The password decides: with one
 * candidate (or a `practiceId` narrowing to one) it is checked as before; with several, each is checked and the one
 * whose password matches signs in. When two active accounts share the password, the person must choose the
 * practice (the list is only answered after a correct password, so it tells a stranger nothing).
 * No candidate still spends one password check (an unknown email takes the time of a known one).
 */
export async function matchSignInAccount(candidates: readonly UserAccount[], password: string, practiceId?: string): Promise<SignInMatch> {
  const narrowed = practiceId ? candidates.filter((c) => c.practiceId === practiceId) : candidates;
  if (narrowed.length <= 1) {
    const user = narrowed[0] ?? null;
    return { user, passwordOk: await verifyPassword(user?.passwordHash, password) };
  }
  const matches: UserAccount[] = [];
  for (const candidate of narrowed) if (await verifyPassword(candidate.passwordHash, password)) matches.push(candidate);
  const active = matches.filter((m) => m.status === 'active');
  if (active.length > 1) return { user: null, passwordOk: false, practices: active.map((m) => ({ id: m.practiceId, name: m.practice?.name ?? '' })) };
  const match = active[0] ?? matches[0];
  if (match) return { user: match, passwordOk: true };
  return { user: narrowed.find((c) => c.status === 'active') ?? narrowed[0] ?? null, passwordOk: false };
}
