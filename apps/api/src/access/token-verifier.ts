import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { DomainError, MAX_NAME_LENGTH, parsePersonId, parseText, textProblem } from '@trust/domain';
import { URN_PATTERN } from '../common/http/academy-id.pipe.js';
import type { AuthConfig, OidcIssuerConfig } from './auth-config.js';
import type { Principal } from './principal.js';
import { VerifiedTokens } from './verified-tokens.js';
import { isRole, type Role } from '@trust/tokens';

/** Leeway for clocks that disagree a little (the issuer's and this server's). */
const CLOCK_TOLERANCE_SECONDS = 30;
const JWKS_TIMEOUT_MS = 5_000;
// A person's token carries a handful of roles and academies; hundreds are not a person's claims.
const MAX_CLAIM_ITEMS = 200;
const MAX_ROLE_LENGTH = 100;

/** The token is missing a part, badly signed, expired, not for this API or of the wrong shape: 401. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/** The issuer's signing keys could not be fetched, so no RS256 token can be checked just now: 503. */
export class SigningKeysUnavailableError extends Error {
  override readonly name = 'SigningKeysUnavailableError';
}

/**
 * Verifies a bearer token and reads the user it speaks for. HS256 tokens are checked against the
 * shared secret, RS256 tokens against the OpenID Connect issuer's published keys (with its issuer
 * and this API's audience); each algorithm only where it is configured, so a token can never
 * choose how it is checked.
 */
export class TokenVerifier {
  private readonly secret: Uint8Array | null;
  private readonly issuer: { config: OidcIssuerConfig; keys: JWTVerifyGetKey } | null;
  /** Checking a signature costs more than the rest of a small command's work: each token is checked once, then remembered. */
  private readonly verified = new VerifiedTokens({ maxTokens: 10_000, maxAgeMs: 5 * 60_000, toleranceMs: CLOCK_TOLERANCE_SECONDS * 1000 });

  constructor(config: AuthConfig) {
    this.secret = config.sharedSecret === null ? null : new TextEncoder().encode(config.sharedSecret.secret);
    this.issuer =
      config.oidc === null
        ? null
        : { config: config.oidc, keys: createRemoteJWKSet(config.oidc.jwksUrl, { timeoutDuration: JWKS_TIMEOUT_MS }) };
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known !== undefined) return known;
    const { principal, expiresAt } = await this.check(token);
    this.verified.put(token, principal, expiresAt);
    return principal;
  }

  private async check(token: string): Promise<{ principal: Principal; expiresAt: number }> {
    const payload = await this.verifySignature(token);
    // requiredClaims makes exp present; jose has checked it is a number.
    return { principal: principalFrom(payload), expiresAt: payload.exp as number };
  }

  private async verifySignature(token: string): Promise<JWTPayload> {
    let algorithm: unknown;
    try {
      algorithm = decodeProtectedHeader(token).alg;
    } catch {
      throw new InvalidTokenError('The token is malformed');
    }
    if (algorithm === 'HS256' && this.secret !== null) return this.verifyShared(token, this.secret);
    if (algorithm === 'RS256' && this.issuer !== null) return this.verifyIssued(token, this.issuer);
    throw new InvalidTokenError('The token is not signed in a way this API accepts');
  }

  private async verifyShared(token: string, secret: Uint8Array): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, secret, {
        algorithms: ['HS256'],
        requiredClaims: ['sub', 'exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      return payload;
    } catch (error: unknown) {
      throw tokenFault(error);
    }
  }

  private async verifyIssued(token: string, issuer: { config: OidcIssuerConfig; keys: JWTVerifyGetKey }): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, issuer.keys, {
        algorithms: ['RS256'],
        issuer: issuer.config.issuer,
        audience: [...issuer.config.audience],
        requiredClaims: ['sub', 'exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      return payload;
    } catch (error: unknown) {
      if (isKeySetFailure(error)) {
        throw new SigningKeysUnavailableError('The identity provider\'s signing keys could not be fetched', { cause: error });
      }
      throw tokenFault(error);
    }
  }
}

/** Fetching the key set failed (network, timeout, not 200, not a key set): not the token's fault. */
function isKeySetFailure(error: unknown): boolean {
  if (!(error instanceof errors.JOSEError)) return true;
  return error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error.code === errors.JOSEError.code;
}

function tokenFault(error: unknown): InvalidTokenError {
  if (error instanceof errors.JWTExpired) return new InvalidTokenError('The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) return new InvalidTokenError(`The token's "${error.claim}" claim is not acceptable`);
  return new InvalidTokenError('The token is invalid');
}

/**
 * The claims' shape, checked: a payload that passed the signature check may still be malformed, and the
 * user it names goes into every event's metadata, so `sub` and `name` must be text by the domain's rule
 * (no NUL, control characters or unpaired surrogates) and bounded as the domain bounds a person.
 */
function principalFrom(payload: JWTPayload): Principal {
  const { sub } = payload;
  if (!acceptable(() => parsePersonId(sub, 'sub'))) {
    throw new InvalidTokenError('The token\'s "sub" claim must be a user id');
  }
  const name = payload['name'];
  const blank = name === undefined || (typeof name === 'string' && name.trim() === '');
  if (!blank && !acceptable(() => parseText(name, 'name', MAX_NAME_LENGTH))) {
    throw new InvalidTokenError(`The token's "name" claim must be a name of at most ${MAX_NAME_LENGTH} characters`);
  }
  return {
    userId: sub as string,
    name: blank ? (sub as string) : (name as string),
    roles: rolesFrom(payload['roles']),
    academies: academiesFrom(payload['academies']),
  };
}

function acceptable(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch (error: unknown) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/** Roles this API does not know are ignored (an issuer may carry roles for other applications). */
function rolesFrom(claim: unknown): Role[] {
  if (claim === undefined) return [];
  if (!isStringArray(claim) || !claim.every((role) => role.length <= MAX_ROLE_LENGTH && textProblem(role) === null)) {
    throw new InvalidTokenError(`The token's "roles" claim must be an array of at most ${MAX_CLAIM_ITEMS} role names`);
  }
  return [...new Set(claim.filter(isRole))];
}

function academiesFrom(claim: unknown): string[] {
  if (claim === undefined) return [];
  if (!isStringArray(claim) || !claim.every((urn) => URN_PATTERN.test(urn))) {
    throw new InvalidTokenError(`The token's "academies" claim must be an array of at most ${MAX_CLAIM_ITEMS} 6-digit academy URNs`);
  }
  return [...new Set(claim)];
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_CLAIM_ITEMS && value.every((item: unknown) => typeof item === 'string');
}
