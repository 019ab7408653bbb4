import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Grant, type AccessGrant } from '../access/access-grant.js';
import { PERMISSIONS, accessRule } from '../access/access-policy.js';
import { Allow } from '../access/allow.decorator.js';
import { SessionDto } from './session.schema.js';

@ApiTags('sign-in')
@Controller('auth')
export class ViewSessionController {
  @Allow('session.read')
  @Get('me')
  @ApiOperation({
    summary: 'Who the token speaks for, and what they may do',
    description: 'The console shows the name and role, and only the pages these permissions allow; every route still checks its own.',
  })
  @ApiOkResponse({ type: SessionDto })
  me(@Grant() grant: AccessGrant): SessionDto {
    const { principal } = grant;
    return {
      userId: principal.userId,
      name: principal.name,
      roles: [...principal.roles],
      academies: [...principal.academies],
      permissions: PERMISSIONS.filter((permission) => accessRule(permission).roles.some((role) => principal.roles.includes(role))),
    };
  }
}
