import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AuthConfig } from './auth-config.js';
import { TokenVerifier } from './token-verifier.js';

/** The one TokenVerifier of the app, for the access guard and for routes that read an optional token (health). */
@Global()
@Module({})
export class AccessModule {
  static register(auth: AuthConfig): DynamicModule {
    return {
      module: AccessModule,
      providers: [{ provide: TokenVerifier, useValue: new TokenVerifier(auth) }],
      exports: [TokenVerifier],
    };
  }
}
