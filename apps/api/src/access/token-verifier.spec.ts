import { generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { sharedSecretAuth } from './auth-config.js';
import { mintLocalToken } from '@trust/tokens';
import { InvalidTokenError, TokenVerifier } from './token-verifier.js';

const SECRET = 'verifier-spec-secret-0123456789abcdefghijklmnop';
const verifier = new TokenVerifier(sharedSecretAuth(SECRET));

function sign(claims: JWTPayload, options: { secret?: string; expiresIn?: string; sub?: string | null } = {}): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(options.expiresIn ?? '1h');
  if (options.sub !== null) jwt.setSubject(options.sub ?? 'u1');
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

async function refusal(token: string): Promise<string> {
  const error: unknown = await verifier.verify(token).then(
    () => new Error('accepted'),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InvalidTokenError);
  return (error as Error).message;
}

describe('TokenVerifier (HS256)', () => {
  it('reads the user from a token minted for local use', async () => {
    const token = await mintLocalToken(SECRET, { sub: 'u7', name: 'Hana Head', roles: ['headteacher'], academies: ['100001'], expiresIn: '5m' });
    await expect(verifier.verify(token)).resolves.toEqual({ userId: 'u7', name: 'Hana Head', roles: ['headteacher'], academies: ['100001'] });
  });

  it('ignores roles it does not know, and reads missing roles and academies as none', async () => {
    await expect(verifier.verify(await sign({ roles: ['finance', 'caretaker', 'finance'] }))).resolves.toEqual({
      userId: 'u1',
      name: 'u1',
      roles: ['finance'],
      academies: [],
    });
    await expect(verifier.verify(await sign({}))).resolves.toMatchObject({ roles: [], academies: [] });
  });

  it('refuses an expired token, another secret\'s token and an unsigned one', async () => {
    expect(await refusal(await sign({ roles: ['finance'] }, { expiresIn: '-2m' }))).toBe('The token has expired');
    expect(await refusal(await sign({ roles: ['finance'] }, { secret: 'another-secret-0123456789abcdefghijklmnop' }))).toBe('The token is invalid');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"u1","roles":["trust-admin"]}').toString('base64url')}.`;
    expect(await refusal(unsigned)).toBe('The token is not signed in a way this API accepts');
  });

  it('refuses an RS256 token when no issuer is configured', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ roles: ['trust-admin'] }).setProtectedHeader({ alg: 'RS256' }).setSubject('u1').setExpirationTime('1h').sign(privateKey);
    expect(await refusal(token)).toBe('The token is not signed in a way this API accepts');
  });

  it('refuses a token without sub or exp, and garbage', async () => {
    expect(await refusal(await sign({ roles: ['finance'] }, { sub: null }))).toBe('The token\'s "sub" claim is not acceptable');
    const noExpiry = await new SignJWT({ roles: ['finance'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').sign(new TextEncoder().encode(SECRET));
    expect(await refusal(noExpiry)).toBe('The token\'s "exp" claim is not acceptable');
    expect(await refusal('not-a-token')).toBe('The token is malformed');
  });

  it.each([
    [{ roles: 'trust-admin' }, 'The token\'s "roles" claim must be an array of at most 200 role names'],
    [{ roles: [1] }, 'The token\'s "roles" claim must be an array of at most 200 role names'],
    [{ academies: '100001' }, 'The token\'s "academies" claim must be an array of at most 200 6-digit academy URNs'],
    [{ academies: ['10001'] }, 'The token\'s "academies" claim must be an array of at most 200 6-digit academy URNs'],
    [{ academies: [100001] }, 'The token\'s "academies" claim must be an array of at most 200 6-digit academy URNs'],
    [{ name: 7 }, 'The token\'s "name" claim must be a name of at most 200 characters'],
  ])('refuses claims of the wrong shape: %p', async (claims, message) => {
    expect(await refusal(await sign(claims))).toBe(message);
  });

  it('refuses a blank sub', async () => {
    expect(await refusal(await sign({}, { sub: '  ' }))).toBe('The token\'s "sub" claim must be a user id');
  });

  it.each([
    ['NUL', 'dee\u0000'],
    ['a lone surrogate', 'dee\ud800'],
    ['a control character', 'dee\u001b[2J'],
    ['a bidirectional override', 'dee\u202e'],
    ['only invisible characters', '\u200b\u200b'],
    ['4,000 characters', 'd'.repeat(4_000)],
    ['spaces around it', ' dee '],
  ])('refuses a sub holding %s', async (_label, sub) => {
    expect(await refusal(await sign({}, { sub }))).toBe('The token\'s "sub" claim must be a user id');
  });

  it.each([
    ['NUL', 'Dee\u0000'],
    ['a lone surrogate', 'Dee\udc00'],
    ['a bidirectional override', 'Dee\u202e'],
    ['4,000 characters', 'D'.repeat(4_000)],
  ])('refuses a name holding %s', async (_label, name) => {
    expect(await refusal(await sign({ name }))).toBe('The token\'s "name" claim must be a name of at most 200 characters');
  });

  it.each([
    ['a role holding NUL', { roles: ['finance', 'x\u0000'] }, 'roles'],
    ['a role of 4,000 characters', { roles: ['r'.repeat(4_000)] }, 'roles'],
    ['1,000 roles', { roles: Array.from({ length: 1_000 }, (_unused, index) => `role-${index}`) }, 'roles'],
    ['1,000 academies', { academies: Array.from({ length: 1_000 }, (_unused, index) => String(100_000 + index)) }, 'academies'],
  ])('refuses %s', async (_label, claims, claim) => {
    expect(await refusal(await sign(claims))).toMatch(`The token's "${claim}" claim must be`);
  });

  it('reads a name with accents and a sub with punctuation', async () => {
    await expect(verifier.verify(await sign({ name: 'Zoë Ångström' }, { sub: 'auth0|zoë.ångström@example.org' }))).resolves.toMatchObject({
      userId: 'auth0|zoë.ångström@example.org',
      name: 'Zoë Ångström',
    });
  });
});

describe('TokenVerifier with an issuer and a shared secret', () => {
  it('checks an HS256 token against the secret without asking the issuer for keys', async () => {
    // Port 1 answers nothing: had the verifier fetched the key set, it would have failed.
    const both = new TokenVerifier({
      sharedSecret: { secret: SECRET, development: false },
      oidc: { jwksUrl: new URL('http://127.0.0.1:1/keys'), issuer: 'https://issuer.example', audience: ['api://ledger'] },
    });
    await expect(both.verify(await sign({ roles: ['finance'] }))).resolves.toMatchObject({ userId: 'u1', roles: ['finance'] });
  });
});
