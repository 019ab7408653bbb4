// The public API of @trust/tokens: the roles a token carries, the shared secret, and minting a local token.
export * from './roles.js';
export * from './shared-secret.js';
export * from './local-token.js';
