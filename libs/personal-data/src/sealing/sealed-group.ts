import { openBase64, sealToBase64 } from '../field-cipher.js';
import type { SubjectKey, SubjectName } from '../subject-key-store.js';
import { ERASED } from './sealed-value.js';

/**
 * The texts of one event under one subject's key, sealed together: one AES-256-GCM operation for all of
 * them rather than one each (an AIM's attendees, judgements and next steps are a dozen texts under the
 * record's key). Each group of an event has a number; its first text carries the sealed list and the
 * subject, written as it is (a pseudonym the event holds in the clear anyway) after the last dot,
 * `sealed:v3:<group>.0.<nonce, tag and ciphertext, base64>.<subject>`; each other text names only its
 * group and place, `sealed:v3:<group>.<place>`. The additional data binds the subject and every text's
 * field path in the order of their places, so a text moved to another field, or a place taken from another
 * event, does not open. A subject's erasure erases the whole group.
 *
 * Written before v3, and still read: `sealed:v2:<subject, base64url>.<place>[.<sealed list>]`, the same
 * groups with the subject's name in base64 in every text (a third of a short text's stored length).
 */
export const GROUP_PREFIX = 'sealed:v3:';
export const V2_GROUP_PREFIX = 'sealed:v2:';

/** One text of a group as stored: which group of its event, whose key (on the text that carries it), its place, and the sealed list it carries. */
export interface GroupPart {
  /** The group within its event: `v3:<number>`, or `v2:<subject>` for the earlier form. */
  group: string;
  /** The subject whose key opens the group: on its carrier always, on every text of a v2 group. */
  subject: SubjectName | null;
  place: number;
  sealed: string | null;
}

export interface TextToSeal {
  text: string;
  context: string;
}

const v2Context = (subject: SubjectName, contexts: readonly string[]): string => `${subject}|${contexts.join('\n')}`;
const v3Context = (subject: SubjectName, contexts: readonly string[]): string => `v3|${subject}|${contexts.join('\n')}`;

/** The texts sealed as group number `group` of their event, each text's stored form in the order given. */
export function sealGroup(texts: readonly TextToSeal[], subject: SubjectName, key: Buffer, group: number): string[] {
  const contexts = texts.map((part) => part.context);
  const sealed = sealToBase64(
    texts.map((part) => part.text),
    key,
    v3Context(subject, contexts),
  );
  return texts.map((_, place) => (place === 0 ? `${GROUP_PREFIX}${group}.0.${sealed}.${subject}` : `${GROUP_PREFIX}${group}.${place}`));
}

const NUMBER = /^\d{1,6}$/;

/** The group part a stored text is; null for any other text (plaintext, or a text sealed alone). */
export function parseGroupPart(value: string): GroupPart | null {
  if (value.startsWith(GROUP_PREFIX)) return parseV3(value.slice(GROUP_PREFIX.length));
  if (value.startsWith(V2_GROUP_PREFIX)) return parseV2(value.slice(V2_GROUP_PREFIX.length));
  return null;
}

function parseV3(rest: string): GroupPart | null {
  const afterGroup = rest.indexOf('.');
  if (afterGroup <= 0) return null;
  const group = rest.slice(0, afterGroup);
  const afterPlace = rest.indexOf('.', afterGroup + 1);
  const place = rest.slice(afterGroup + 1, afterPlace === -1 ? undefined : afterPlace);
  if (!NUMBER.test(group) || !NUMBER.test(place)) return null;
  if (afterPlace === -1) return { group: `v3:${group}`, subject: null, place: Number(place), sealed: null };
  const afterSealed = rest.indexOf('.', afterPlace + 1);
  if (afterSealed === -1 || afterSealed === rest.length - 1) return null;
  return { group: `v3:${group}`, subject: rest.slice(afterSealed + 1) as SubjectName, place: Number(place), sealed: rest.slice(afterPlace + 1, afterSealed) };
}

function parseV2(rest: string): GroupPart | null {
  const [encoded, place, sealed, ...more] = rest.split('.');
  if (encoded === undefined || encoded === '' || place === undefined || !NUMBER.test(place) || more.length > 0) return null;
  const subject = Buffer.from(encoded, 'base64url').toString('utf8') as SubjectName;
  return { group: `v2:${subject}`, subject, place: Number(place), sealed: sealed ?? null };
}

/**
 * The texts of every group of one event, by group, in the order of their places; ERASED in every place
 * of a group whose key was destroyed. Throws when a key is missing or wrong, or a group was broken (a
 * place missing or twice, its carrier missing, a text moved): never shows sealed text as data.
 */
export function openGroups(parts: readonly { part: GroupPart; context: string }[], keys: ReadonlyMap<SubjectName, SubjectKey>): Map<string, readonly string[]> {
  const byGroup = new Map<string, { part: GroupPart; context: string }[]>();
  for (const entry of parts) byGroup.set(entry.part.group, [...(byGroup.get(entry.part.group) ?? []), entry]);
  const opened = new Map<string, readonly string[]>();
  for (const [group, members] of byGroup) {
    const contexts: string[] = [];
    let carrier: GroupPart | null = null;
    for (const { part, context } of members) {
      if (part.place >= members.length || contexts[part.place] !== undefined) throw new Error(`a sealed group (${group}) is broken at ${context}`);
      contexts[part.place] = context;
      if (part.sealed !== null) {
        if (carrier !== null || part.place !== 0) throw new Error(`a sealed group (${group}) is broken at ${context}`);
        carrier = part;
      }
    }
    if (carrier === null || carrier.subject === null || carrier.sealed === null) throw new Error(`a sealed group (${group}) of ${members[0]!.context} has lost the text that carries it`);
    const subject = carrier.subject;
    const key = keys.get(subject);
    if (key === undefined) throw new Error(`no key for ${subject}, whose sealed group ${members[0]!.context} holds`);
    if (key.state === 'destroyed') {
      opened.set(group, members.map(() => ERASED));
      continue;
    }
    const texts = openBase64(carrier.sealed, key.key, group.startsWith('v3:') ? v3Context(subject, contexts) : v2Context(subject, contexts));
    if (!Array.isArray(texts) || texts.length !== members.length || !texts.every((text) => typeof text === 'string')) throw new Error(`a sealed group of ${subject} did not hold its texts`);
    opened.set(group, texts);
  }
  return opened;
}
