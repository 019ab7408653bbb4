/** The signed-in user's token, kept in this browser until sign-out or expiry. */
export interface StoredSession {
  token: string;
  /** How it was obtained, so sign-out can also end the issuer's session where there is one. */
  kind: 'development' | 'oidc';
}

const KEY = 'trust-ledger.session';

export function readSession(): StoredSession | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (raw === null) return null;
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof parsed.token !== 'string' || (parsed.kind !== 'development' && parsed.kind !== 'oidc')) return null;
    return { token: parsed.token, kind: parsed.kind };
  } catch {
    return null;
  }
}

export function writeSession(session: StoredSession): void {
  window.localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  window.localStorage.removeItem(KEY);
  window.localStorage.removeItem(ME_KEY);
}

/** Where to go back to after signing in: a path of the console only, never another site. */
export function safeReturnTo(value: string | null): string {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/sign-in')) return '/';
  return value;
}

const ME_KEY = 'trust-ledger.me';

/** Who the API last said this token was: shown at once on the next visit while the API is asked again. */
export function readKnownUser<T>(token: string): T | undefined {
  try {
    const raw = window.localStorage.getItem(ME_KEY);
    if (raw === null) return undefined;
    const known = JSON.parse(raw) as { token?: unknown; me?: T };
    return known.token === token ? known.me : undefined;
  } catch {
    return undefined;
  }
}

export function writeKnownUser(token: string, me: unknown): void {
  window.localStorage.setItem(ME_KEY, JSON.stringify({ token, me }));
}
