import type { IncomingMessage } from 'node:http';
import { ForbiddenException, Logger, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { accessGrantOf } from './access-grant.js';
import { AccessGuard } from './access.guard.js';
import { Allow, Public } from './allow.decorator.js';
import { sharedSecretAuth } from './auth-config.js';
import { mintLocalToken } from '@trust/tokens';
import { TokenVerifier } from './token-verifier.js';

const SECRET = 'guard-spec-secret-0123456789abcdefghijklmnopq';

class Routes {
  @Public()
  open(): void {}

  @Allow('kpis.record')
  record(): void {}

  forgotten(): void {}
}

@Public()
class PublicRoutes {
  anything(): void {}
}

function contextFor(handler: () => void, controller: object, request: IncomingMessage): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({}), getNext: () => undefined }),
  } as unknown as ExecutionContext;
}

function requestWith(authorization?: string, id?: string): IncomingMessage {
  const request = { method: 'POST', headers: authorization === undefined ? {} : { authorization }, params: id === undefined ? {} : { id }, route: { path: '/x' } };
  return request as unknown as IncomingMessage;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector(), new TokenVerifier(sharedSecretAuth(SECRET)));
  const headteacher = () => mintLocalToken(SECRET, { sub: 'h1', name: 'Head', roles: ['headteacher'], academies: ['100001'], expiresIn: '5m' });

  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it('lets anyone through a @Public() route or controller', async () => {
    await expect(guard.canActivate(contextFor(Routes.prototype.open, Routes, requestWith()))).resolves.toBe(true);
    await expect(guard.canActivate(contextFor(PublicRoutes.prototype.anything, PublicRoutes, requestWith()))).resolves.toBe(true);
  });

  it('fails closed: a route with neither @Allow nor @Public answers 403, even to a valid token', async () => {
    const request = requestWith(`Bearer ${await headteacher()}`, '100001');
    await expect(guard.canActivate(contextFor(Routes.prototype.forgotten, Routes, request))).rejects.toThrow(ForbiddenException);
    expect(accessGrantOf(request)).toBeUndefined();
  });

  it('401 with a Bearer challenge without a token, or with another scheme', async () => {
    const missing = await guard.canActivate(contextFor(Routes.prototype.record, Routes, requestWith(undefined, '100001'))).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(UnauthorizedException);
    expect((missing as { answerHeaders: unknown }).answerHeaders).toEqual({ 'WWW-Authenticate': 'Bearer realm="trust-improvement-ledger"' });
    const basic = await guard.canActivate(contextFor(Routes.prototype.record, Routes, requestWith('Basic dTpw', '100001'))).catch((error: unknown) => error);
    expect((basic as { answerHeaders: Record<string, string> }).answerHeaders['WWW-Authenticate']).toContain('error="invalid_token"');
  });

  it('grants an allowed role on its own academy, and records the grant for the actor', async () => {
    const request = requestWith(`bearer ${await headteacher()}`, '100001');
    await expect(guard.canActivate(contextFor(Routes.prototype.record, Routes, request))).resolves.toBe(true);
    expect(accessGrantOf(request)).toMatchObject({ permission: 'kpis.record', role: 'headteacher', principal: { userId: 'h1' } });
  });

  it('403 on another academy', async () => {
    const request = requestWith(`Bearer ${await headteacher()}`, '100002');
    await expect(guard.canActivate(contextFor(Routes.prototype.record, Routes, request))).rejects.toThrow(ForbiddenException);
  });
});
