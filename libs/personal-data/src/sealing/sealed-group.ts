import { openBase64, sealToBase64 } from '../field-cipher.js';
import type { SubjectKey, SubjectName } from '../subject-key-store.js';
import { encodedSubject, ERASED } from './sealed-value.js';

/**
 * Several texts of one event under one subject's key, sealed together: one AES-256-GCM operation for
 * all of them rather than one each (an AIM's attendees, judgements and next steps are a dozen texts
 * under the record's key). The first text of the group carries the sealed list,
 * `sealed:v2:<subject, base64url>.<place>.<nonce, tag and ciphertext, base64>`; each other text names
 * only its place in it, `sealed:v2:<subject, base64url>.<place>`. The additional data binds the subject
 * and every text's field path in the order of their places, so a text moved to another field, or a place
 * taken from another event, does not open. A subject's erasure erases the whole group.
 */
export const GROUP_PREFIX = 'sealed:v2:';

/** One text of a group as stored: whose key, its place, and (for the text that carries it) the sealed list. */
export interface GroupPart {
  subject: SubjectName;
  place: number;
  sealed: string | null;
}

export interface TextToSeal {
  text: string;
  context: string;
}

const groupContext = (subject: SubjectName, contexts: readonly string[]): string => `${subject}|${contexts.join('\n')}`;

/** The texts sealed as one group, each text's stored form in the order given. */
export function sealGroup(texts: readonly TextToSeal[], subject: SubjectName, key: Buffer): string[] {
  const sealed = sealToBase64(
    texts.map((part) => part.text),
    key,
    groupContext(
      subject,
      texts.map((part) => part.context),
    ),
  );
  const prefix = `${GROUP_PREFIX}${encodedSubject(subject)}.`;
  return texts.map((_, place) => (place === 0 ? `${prefix}0.${sealed}` : `${prefix}${place}`));
}

/** The group part a stored text is; null for any other text (plaintext, or a text sealed alone). */
export function parseGroupPart(value: string): GroupPart | null {
  if (!value.startsWith(GROUP_PREFIX)) return null;
  const [subject, place, sealed, ...rest] = value.slice(GROUP_PREFIX.length).split('.');
  if (subject === undefined || subject === '' || place === undefined || !/^\d{1,6}$/.test(place) || rest.length > 0) return null;
  return { subject: Buffer.from(subject, 'base64url').toString('utf8') as SubjectName, place: Number(place), sealed: sealed ?? null };
}

/**
 * The texts of every group of one event, by subject, in the order of their places; ERASED in every
 * place of a group whose key was destroyed. Throws when a key is missing or wrong, or a group was broken
 * (a place missing or twice, its carrier missing, a text moved): never shows sealed text as data.
 */
export function openGroups(parts: readonly { part: GroupPart; context: string }[], keys: ReadonlyMap<SubjectName, SubjectKey>): Map<SubjectName, readonly string[]> {
  const bySubject = new Map<SubjectName, { part: GroupPart; context: string }[]>();
  for (const entry of parts) bySubject.set(entry.part.subject, [...(bySubject.get(entry.part.subject) ?? []), entry]);
  const opened = new Map<SubjectName, readonly string[]>();
  for (const [subject, group] of bySubject) {
    const key = keys.get(subject);
    if (key === undefined) throw new Error(`no key for ${subject}, whose sealed group ${group[0]!.context} holds`);
    if (key.state === 'destroyed') {
      opened.set(subject, group.map(() => ERASED));
      continue;
    }
    const contexts: string[] = [];
    let sealed: string | null = null;
    for (const { part, context } of group) {
      if (part.place >= group.length || contexts[part.place] !== undefined) throw new Error(`a sealed group of ${subject} is broken at ${context}`);
      contexts[part.place] = context;
      if (part.sealed !== null) {
        if (sealed !== null || part.place !== 0) throw new Error(`a sealed group of ${subject} is broken at ${context}`);
        sealed = part.sealed;
      }
    }
    if (sealed === null) throw new Error(`a sealed group of ${subject} has lost the text that carries it`);
    const texts = openBase64(sealed, key.key, groupContext(subject, contexts));
    if (!Array.isArray(texts) || texts.length !== group.length || !texts.every((text) => typeof text === 'string')) throw new Error(`a sealed group of ${subject} did not hold its texts`);
    opened.set(subject, texts);
  }
  return opened;
}
