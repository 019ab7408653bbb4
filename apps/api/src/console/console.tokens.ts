/** Injection token of the SignInOptions the console module was registered with. */
export const SIGN_IN_OPTIONS = Symbol('SIGN_IN_OPTIONS');
