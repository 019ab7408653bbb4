import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** How a sealed field's text begins: the format, then base64 of iv (12 bytes), tag (16) and ciphertext. */
export const SEALED_PREFIX = 'sealed:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/**
 * Seals a field's value (any JSON) with AES-256-GCM under a data subject's key. `context` is bound in as
 * additional data (the event's type and the field's path, say), so a sealed value cannot be moved to
 * another field and read as if it were that field's.
 */
export function sealField(value: unknown, key: Buffer, context: string): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value) ?? 'null', 'utf8'), cipher.final()]);
  return `${SEALED_PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`;
}

/** True for what sealField made. */
export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

/** The value sealed; throws when the key or the context is not the one it was sealed with, or it was altered. */
export function openField(sealed: string, key: Buffer, context: string): unknown {
  assertKey(key);
  if (!isSealed(sealed)) throw new SealedFieldError('not a sealed field');
  const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64');
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
