import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@trust/tokens';

// OpenAPI documentation of the sign-in routes the console uses.

export class OidcSignInDto {
  @ApiProperty({ description: 'The issuer: the console discovers its endpoints at `<authority>/.well-known/openid-configuration`.', example: 'https://login.microsoftonline.com/<tenant>/v2.0' })
  authority!: string;
  @ApiProperty({ description: "The console's client id at the issuer (one of the API's audiences).", example: 'trust-ledger-console' }) clientId!: string;
  @ApiProperty({ example: 'openid profile' }) scope!: string;
}

export class SignInConfigDto {
  @ApiProperty({ description: 'The development sign-in is offered (POST /auth/development-token exists): the API signs with its published development secret.' })
  development!: boolean;
  @ApiProperty({ type: OidcSignInDto, nullable: true, description: 'Sign-in with an OpenID Connect issuer (authorization code with PKCE); null when none is configured.' })
  oidc!: OidcSignInDto | null;
}

export class DevelopmentTokenDto {
  @ApiProperty({ description: 'The token, for `Authorization: Bearer`.' }) token!: string;
  @ApiProperty({ description: 'When the token stops being accepted.', format: 'date-time' }) expiresAt!: string;
}

export class SessionDto {
  @ApiProperty({ description: "The token's `sub`.", example: 'dev-governor-gail-governor' }) userId!: string;
  @ApiProperty({ example: 'Gail Governor' }) name!: string;
  @ApiProperty({ type: [String], enum: ROLES, description: 'The roles the API knows of the token (unknown ones dropped).' }) roles!: string[];
  @ApiProperty({ type: [String], description: "The academies (URNs) of the token: what headteachers, governors and SIPs see.", example: ['142567'] }) academies!: string[];
  @ApiProperty({ type: [String], description: 'Every permission of the access policy one of those roles holds (on the token\'s academies, for scoped roles).', example: ['academies.list', 'academy-card.read'] })
  permissions!: string[];
}
