import type { Principal } from './principal.js';

/**
 * Tokens this API has already verified, with the user each speaks for, so the same token sent again
 * (a person's browser sends theirs with every request) is not checked again. The signature cannot have
 * changed: it is the same text. A token is kept until it expires (with the clock tolerance the check
 * allows) and at most `maxAgeMs`, so a key the issuer withdraws stops being trusted soon after; bounded,
 * the oldest going first. Expiry is read from the wall clock, as the check itself reads it.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, { principal: Principal; until: number }>();

  constructor(
    private readonly options: { maxTokens: number; maxAgeMs: number; toleranceMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): Principal | undefined {
    const held = this.tokens.get(token);
    if (held === undefined) return undefined;
    if (held.until <= this.now()) {
      this.tokens.delete(token);
      return undefined;
    }
    return held.principal;
  }

  /** `expiresAt`: the token's `exp`, in seconds since the epoch. */
  put(token: string, principal: Principal, expiresAt: number): void {
    if (this.options.maxTokens <= 0) return;
    const until = Math.min(expiresAt * 1000 + this.options.toleranceMs, this.now() + this.options.maxAgeMs);
    if (until <= this.now()) return;
    this.tokens.delete(token);
    // Shared by every request that sends the token: nobody may change it for the others.
    this.tokens.set(token, { principal: Object.freeze({ ...principal, roles: Object.freeze([...principal.roles]), academies: Object.freeze([...principal.academies]) }), until });
    if (this.tokens.size > this.options.maxTokens) this.tokens.delete(this.tokens.keys().next().value!);
  }
}
