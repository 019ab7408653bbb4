import { jwtVerify } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '@trust/tokens';
import { runTokenCommand, tokenRequestFrom } from './token-command.js';

const SECRET = 'cli-spec-secret-0123456789abcdefghijklmnopqrstu';

async function claimsOf(token: string, secret: string): Promise<Record<string, unknown>> {
  const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'] });
  expect(protectedHeader.alg).toBe('HS256');
  return payload;
}

describe('npm run token', () => {
  it('mints a headteacher token for an academy with the development secret, valid for 8 hours', async () => {
    const { token, warnings } = await runTokenCommand(['--role', 'headteacher', '--academy', '100001'], {});
    const claims = await claimsOf(token, DEVELOPMENT_JWT_SECRET);
    expect(claims).toMatchObject({ sub: 'local-headteacher', name: 'local-headteacher', roles: ['headteacher'], academies: ['100001'] });
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(8 * 3600);
    expect(warnings).toEqual([]);
  });

  it('signs with JWT_SECRET, and takes several roles and academies, a user id, a name and a lifetime', async () => {
    const argv = ['--role', 'governor', '--role', 'sip', '--academy', '100001', '--academy', '100002', '--sub', 'g42', '--name', 'Gita Governor', '--expires', '30m'];
    const { token } = await runTokenCommand(argv, { JWT_SECRET: SECRET });
    const claims = await claimsOf(token, SECRET);
    expect(claims).toMatchObject({ sub: 'g42', name: 'Gita Governor', roles: ['governor', 'sip'], academies: ['100001', '100002'] });
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(1800);
  });

  it('warns when a scoped role has no academy', async () => {
    expect((await runTokenCommand(['--role', 'sip'], {})).warnings).toEqual(['warning: a sip with no --academy can see and act on no academy']);
  });

  it('refuses to sign with the development secret in production', async () => {
    await expect(runTokenCommand(['--role', 'trust-admin'], { NODE_ENV: 'production' })).rejects.toThrow(/JWT_SECRET must be set/);
  });

  it.each([
    [[], /^--role is required/],
    [['--role', 'caretaker'], /^--role must be one of trust-admin, standards-committee/],
    [['--role', 'sip', '--academy', '1234'], /^--academy must be a 6-digit academy URN/],
    [['--role', 'sip', '--expires', 'forever'], /^--expires must be a number and a unit/],
    [['--role', 'sip', '--colour', 'red'], /Unknown option '--colour'/],
  ])('refuses %p', (argv, message) => {
    expect(() => tokenRequestFrom(argv)).toThrow(message);
  });
});
