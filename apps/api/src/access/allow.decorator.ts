import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorBodyDto } from '../common/http/error-bodies.js';
import { accessRule, type Permission } from './access-policy.js';
import { isScopedRole } from '@trust/tokens';

export const PERMISSION_METADATA = 'trust:permission';
export const PUBLIC_METADATA = 'trust:public';
export const BEARER_SCHEME = 'bearer';
/** Marks a public route in the OpenAPI document, which turns it into `security: []`. */
export const PUBLIC_EXTENSION = 'x-public';

/**
 * The route needs a valid bearer token whose roles the access policy allows for `permission`
 * (access-policy.ts). Every route carries this or `@Public()`; one with neither answers 403.
 */
export function Allow(permission: Permission): MethodDecorator & ClassDecorator {
  const rule = accessRule(permission);
  const roles = rule.roles.map((role) => (isScopedRole(role) && rule.scope !== 'trust' ? `${role} (own academies)` : role));
  return applyDecorators(
    SetMetadata(PERMISSION_METADATA, permission),
    ApiBearerAuth(BEARER_SCHEME),
    ApiExtension('x-permission', { name: permission, roles: [...rule.roles], academyScope: rule.scope }),
    ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'No bearer token, or one that is invalid or expired.' }),
    ApiForbiddenResponse({ type: ErrorBodyDto, description: `Allowed to: ${roles.join(', ')}.` }),
    ApiTooManyRequestsResponse({ type: ErrorBodyDto, description: 'Too many requests from this client; see Retry-After.' }),
  );
}

/** The route answers without a token (health checks). */
export function Public(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(PUBLIC_METADATA, true), ApiExtension(PUBLIC_EXTENSION, true));
}
