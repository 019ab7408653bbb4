import { isSealed, openField, SEALED_PREFIX } from '../field-cipher.js';
import type { SubjectKey, SubjectName } from '../subject-key-store.js';

/** What every path shows in place of personal data whose key was destroyed. */
export const ERASED = '[erased]';

// A text sealed alone, as sealing wrote every text before groups: `sealed:v1:<subject, base64url>.<sealed
// bytes>`. Still read (stored events are never rewritten); sealing now writes groups (sealed-group.ts).

/** The subject whose key a sealed text needs; null for a text that is not sealed. */
export function subjectOfSealed(value: unknown): SubjectName | null {
  if (!isSealed(value)) return null;
  const rest = value.slice(SEALED_PREFIX.length);
  const dot = rest.indexOf('.');
  return dot <= 0 ? null : (Buffer.from(rest.slice(0, dot), 'base64url').toString('utf8') as SubjectName);
}

/** The text, or ERASED when its subject's key was destroyed. Throws when the key is missing or wrong: never shows ciphertext as data. */
export function openText(value: string, keys: ReadonlyMap<SubjectName, SubjectKey>, context: string): string {
  const subject = subjectOfSealed(value);
  if (subject === null) return value;
  const key = keys.get(subject);
  if (key === undefined) throw new Error(`no key for ${subject}, whose data ${context} holds`);
  if (key.state === 'destroyed') return ERASED;
  const rest = value.slice(SEALED_PREFIX.length);
  const opened = openField(`${SEALED_PREFIX}${rest.slice(rest.indexOf('.') + 1)}`, key.key, `${context}|${subject}`);
  if (typeof opened !== 'string') throw new Error(`a sealed text of ${context} did not hold text`);
  return opened;
}
