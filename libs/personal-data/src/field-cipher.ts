import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** How a sealed field's text begins: the format, then base64 of iv (12 bytes), tag (16) and ciphertext. */
export const SEALED_PREFIX = 'sealed:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/**
 * Nonces are drawn from the system's random source a few hundred at a time: one call for 4 KiB costs
 * about what one call for 12 bytes does, and an append seals a field per name or note. Each nonce is
 * still 96 random bits, used once.
 */
const NONCE_POOL_BYTES = 4096;
let noncePool = Buffer.alloc(0);
let nonceAt = 0;

function freshNonce(): Buffer {
  if (nonceAt + IV_BYTES > noncePool.length) {
    noncePool = randomBytes(NONCE_POOL_BYTES);
    nonceAt = 0;
  }
  const nonce = noncePool.subarray(nonceAt, nonceAt + IV_BYTES);
  nonceAt += IV_BYTES;
  return nonce;
}

/** The sealed bytes of a value, in base64 (nonce, tag, ciphertext), without the prefix. */
export function sealToBase64(value: unknown, key: Buffer, context: string): string {
  assertKey(key);
  const iv = freshNonce();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = cipher.update(JSON.stringify(value) ?? 'null', 'utf8');
  const last = cipher.final();
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext, last]).toString('base64');
}

/**
 * Seals a field's value (any JSON) with AES-256-GCM under a data subject's key. `context` is bound in as
 * additional data (the event's type and the field's path, say), so a sealed value cannot be moved to
 * another field and read as if it were that field's.
 */
export function sealField(value: unknown, key: Buffer, context: string): string {
  return `${SEALED_PREFIX}${sealToBase64(value, key, context)}`;
}

/** True for what sealField made. */
export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

/** The value sealed; throws when the key or the context is not the one it was sealed with, or it was altered. */
export function openField(sealed: string, key: Buffer, context: string): unknown {
  if (!isSealed(sealed)) throw new SealedFieldError('not a sealed field');
  return openBase64(sealed.slice(SEALED_PREFIX.length), key, context);
}

/** What sealToBase64 sealed; throws as openField does. */
export function openBase64(sealed: string, key: Buffer, context: string): unknown {
  assertKey(key);
  const bytes = Buffer.from(sealed, 'base64');
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new SealedFieldError('a sealed field too short to hold its nonce and tag');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    const plaintext = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plaintext.toString('utf8')) as unknown;
  } catch {
    throw new SealedFieldError(`a sealed field (${context}) did not open: another key, another field, or altered`);
  }
}

export class SealedFieldError extends Error {
  override readonly name = 'SealedFieldError';
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new RangeError(`an AES-256 key is ${KEY_BYTES} bytes, got ${key.length}`);
}
