import { Module, type DynamicModule } from '@nestjs/common';
import { SIGN_IN_OPTIONS } from './console.tokens.js';
import { MintDevelopmentTokenController } from './development-token.controller.js';
import { ViewSignInConfigController } from './sign-in.controller.js';
import type { SignInOptions } from './sign-in-options.js';
import { ViewSessionController } from './who-am-i.controller.js';

/** What the console needs of the API beyond the read models: how to sign in, and who is signed in. */
@Module({})
export class ConsoleModule {
  static register(signIn: SignInOptions): DynamicModule {
    return {
      module: ConsoleModule,
      // The development route exists only while the development secret is in use.
      controllers: [ViewSignInConfigController, ViewSessionController, ...(signIn.development === null ? [] : [MintDevelopmentTokenController])],
      providers: [{ provide: SIGN_IN_OPTIONS, useValue: signIn }],
    };
  }
}
