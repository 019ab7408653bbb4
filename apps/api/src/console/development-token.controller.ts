import { Body, Controller, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import { decodeJwt } from 'jose';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/allow.decorator.js';
import { isScopedRole, mintLocalToken } from '@trust/tokens';
import { badRequest } from '../common/http/bad-request.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../common/http/error-bodies.js';
import { SIGN_IN_OPTIONS } from './console.tokens.js';
import { DevelopmentSignInDto } from './development-token.dto.js';
import { DevelopmentTokenDto } from './session.schema.js';
import type { SignInOptions } from './sign-in-options.js';

/** How long a development sign-in lasts: a working day. */
export const DEVELOPMENT_SESSION_SECONDS = 8 * 60 * 60;

/** A user id that says where it came from, e.g. `dev-governor-gail-governor`. */
export function developmentUserId(role: string, name: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `dev-${role}${slug === '' ? '' : `-${slug}`}`;
}

/**
 * The development sign-in: a token for any role, signed with the published development secret. The
 * console module registers this controller only while that secret is in use, so with NODE_ENV=production,
 * a JWT_SECRET or an issuer the route does not exist (404).
 */
@ApiTags('sign-in')
@Controller('auth')
export class MintDevelopmentTokenController {
  constructor(@Inject(SIGN_IN_OPTIONS) private readonly options: SignInOptions) {}

  @Public()
  @Post('development-token')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Development only: a token for the role, academy and name given',
    description: 'Exists only while the API uses its published development secret: never with NODE_ENV=production, a JWT_SECRET or an OpenID Connect issuer.',
  })
  @ApiOkResponse({ type: DevelopmentTokenDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Not in this deployment: it signs with a secret of its own or trusts an issuer.' })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'role not one of the seven, academy missing for a headteacher, governor or SIP or not a URN, name empty or not text.' })
  async mint(@Body() body: DevelopmentSignInDto): Promise<DevelopmentTokenDto> {
    const development = this.options.development;
    // Registered only with the development secret; this keeps a mistaken registration harmless.
    if (development === null) throw new Error('the development sign-in is not available');
    const scoped = isScopedRole(body.role);
    if (scoped && body.academy === undefined) throw badRequest({ field: 'academy', message: `academy is required for a ${body.role}` });
    const name = body.name.trim();
    const token = await mintLocalToken(development.secret, {
      sub: developmentUserId(body.role, name),
      name,
      roles: [body.role],
      academies: scoped && body.academy !== undefined ? [body.academy] : [],
      expiresIn: DEVELOPMENT_SESSION_SECONDS,
    });
    // The token's own expiry, as the verifier will read it.
    return { token, expiresAt: new Date((decodeJwt(token).exp ?? 0) * 1000).toISOString() };
  }
}
