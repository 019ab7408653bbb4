import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { headerValue, type HttpRequest } from '../common/http/http-types.js';
import { RetryLaterException } from '../common/http/retry-later.exception.js';
import { BearerChallengeException, forbidden } from './access-exceptions.js';
import { recordAccessGrant } from './access-grant.js';
import { accessRule, decideAccess, isPermission, type AcademyScope } from './access-policy.js';
import { PERMISSION_METADATA, PUBLIC_METADATA } from './allow.decorator.js';
import type { Principal } from './principal.js';
import { InvalidTokenError, SigningKeysUnavailableError, TokenVerifier } from './token-verifier.js';

// RFC 6750 §2.1: the scheme is case-insensitive; the token is a b64token.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * The global guard every route passes: `@Public()` routes answer anyone; `@Allow(permission)`
 * routes need a valid bearer token (401) whose roles the access policy allows, on the academy of
 * the route's `:id` for scoped roles (403); a route with neither decorator answers 403 to everyone,
 * so a new route is refused until it has a rule. A request let through carries its AccessGrant,
 * which decides the actor of the events it appends.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_METADATA, targets) === true) return true;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const permission = this.reflector.getAllAndOverride<unknown>(PERMISSION_METADATA, targets);
    if (!isPermission(permission)) {
      this.logger.error({ method: request.method, route: request.route?.path }, 'route has no access rule: add @Allow(...) or @Public()');
      throw forbidden('This route has no access rule');
    }

    const principal = await this.authenticate(request);
    const decision = decideAccess(permission, principal, academyOfRoute(request, accessRule(permission).scope));
    if (!decision.allowed) throw forbidden(`Not allowed: ${decision.reason}`);
    recordAccessGrant(request, { principal, permission, role: decision.role, academies: decision.academies });
    return true;
  }

  private async authenticate(request: HttpRequest): Promise<Principal> {
    const authorization = headerValue(request, 'authorization');
    if (authorization === undefined || authorization.trim() === '') {
      throw new BearerChallengeException('A bearer token is required (Authorization: Bearer <token>)');
    }
    const token = BEARER.exec(authorization.trim())?.[1];
    if (token === undefined) throw new BearerChallengeException('The Authorization header must be "Bearer <token>"', 'invalid_token');
    try {
      return await this.verifier.verify(token);
    } catch (error: unknown) {
      if (error instanceof InvalidTokenError) throw new BearerChallengeException(error.message, 'invalid_token');
      if (error instanceof SigningKeysUnavailableError) {
        this.logger.warn({ err: error.cause }, error.message);
        throw new RetryLaterException(`${error.message}; retry shortly`, 5);
      }
      throw error;
    }
  }
}

/**
 * The academy a request is about: its `:id`, or for an `academy-query` route its `academyId` query
 * parameter (when given once; repeated or absent, none).
 */
function academyOfRoute(request: HttpRequest, scope: AcademyScope): string | undefined {
  if (scope !== 'academy-query') return request.params['id'];
  const academyId = request.query['academyId'];
  return typeof academyId === 'string' ? academyId : undefined;
}
