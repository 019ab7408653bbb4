import type { Role } from '@trust/tokens';

/** The user a verified token speaks for. */
export interface Principal {
  /** The token's `sub`. */
  readonly userId: string;
  /** The token's `name`, or its `sub` when it has none. */
  readonly name: string;
  /** The token's roles this API knows, in the token's order (unknown ones are dropped). */
  readonly roles: readonly Role[];
  /** Academy URNs from the token's `academies` claim: what scoped roles may see and act on. */
  readonly academies: readonly string[];
}
