import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/allow.decorator.js';
import { SignInConfigDto } from './session.schema.js';
import { SIGN_IN_OPTIONS } from './console.tokens.js';
import type { SignInOptions } from './sign-in-options.js';

@ApiTags('sign-in')
@Controller('auth')
export class ViewSignInConfigController {
  constructor(@Inject(SIGN_IN_OPTIONS) private readonly options: SignInOptions) {}

  @Public()
  @Get('config')
  @ApiOperation({ summary: 'How to sign in: the development sign-in, an OpenID Connect issuer, or both', description: 'Read by the console before anyone is signed in: it needs no token.' })
  @ApiOkResponse({ type: SignInConfigDto })
  config(): SignInConfigDto {
    return { development: this.options.development !== null, oidc: this.options.oidc === null ? null : { ...this.options.oidc } };
  }
}
