import { PERSONAL_DATA_CATALOGUE, type FieldClass, type FieldClassification } from '@trust/domain';
import type { SubjectKey, SubjectKeyStore, SubjectName } from '../subject-key-store.js';
import { openGroups, parseGroupPart, sealGroup, type GroupPart, type TextToSeal } from './sealed-group.js';
import { ERASED, openText, subjectOfSealed } from './sealed-value.js';

/** What every sealed text begins with, whatever its form (v1 alone, v2 and v3 groups). */
const ANY_SEALED = 'sealed:v';

/**
 * The key a field of an event is sealed under. A personal field of a subject the event identifies: that
 * subject's (`staff:hd-014`). Free text, and personal data of someone the ledger has no id for: the
 * record's (`recordSubject`, the caller's choice: its stream and year, which retention erases together).
 */
function subjectFor(kind: FieldClass, owner: Record<string, unknown>, top: Record<string, unknown>, recordSubject: SubjectName): SubjectName | null {
  if (kind.kind === 'free-text') return recordSubject;
  if (kind.kind !== 'personal') return null;
  if (kind.whose === null) return recordSubject;
  const id = owner[kind.whose] ?? top[kind.whose];
  return typeof id === 'string' && id !== '' ? `${kind.subject}:${id}` : recordSubject;
}

/** The fields of a classification that can hold something to seal, worked out once per classification. */
type SealingPlan = readonly (
  | { field: string; kind: Extract<FieldClass, { kind: 'personal' | 'free-text' }> }
  | { field: string; kind: { kind: 'nested' }; inner: SealingPlan }
)[];

const plans = new WeakMap<FieldClassification, SealingPlan>();

function planOf(classification: FieldClassification): SealingPlan {
  let plan = plans.get(classification);
  if (plan === undefined) {
    plan = Object.entries(classification).flatMap(([field, kind]): SealingPlan[number][] => {
      if (kind.kind === 'personal' || kind.kind === 'free-text') return [{ field, kind }];
      if (kind.kind !== 'nested') return [];
      const inner = planOf(kind.fields);
      return inner.length === 0 ? [] : [{ field, kind: { kind: 'nested' }, inner }];
    });
    plans.set(classification, plan);
  }
  return plan;
}

/** The sealing plan of an event type: empty for a type with nothing personal or free (or one the catalogue does not know). */
function planOfType(type: string): SealingPlan {
  const classification = PERSONAL_DATA_CATALOGUE[type as keyof typeof PERSONAL_DATA_CATALOGUE];
  return classification === undefined ? [] : planOf(classification);
}

/** Whether an event of this type can hold anything to seal. */
export function mayHoldPersonalData(type: string): boolean {
  return planOfType(type).length > 0;
}

type TextChange = (text: string, kind: FieldClass, owner: Record<string, unknown>, context: string) => string;

/** Applies `change` to every text (a string, or each string of a list) of the personal and free-text fields; copies only what it changes. */
function mapTexts(plan: SealingPlan, data: Record<string, unknown>, path: string, change: TextChange): Record<string, unknown> {
  let result: Record<string, unknown> | null = null;
  for (const step of plan) {
    const value = data[step.field];
    const context = `${path}${step.field}`;
    let changed: unknown = value;
    if (step.kind.kind === 'nested') {
      const inner = (step as { inner: SealingPlan }).inner;
      const one = (item: unknown): unknown => (typeof item === 'object' && item !== null && !Array.isArray(item) ? mapTexts(inner, item as Record<string, unknown>, `${context}.`, change) : item);
      changed = Array.isArray(value) ? (value as unknown[]).map(one) : one(value);
    } else if (typeof value === 'string') {
      changed = change(value, step.kind, data, context);
    } else if (Array.isArray(value)) {
      const kind = step.kind;
      changed = (value as unknown[]).map((item): unknown => (typeof item === 'string' ? change(item, kind, data, context) : item));
    }
    if (changed !== value) {
      result ??= { ...data };
      result[step.field] = changed;
    }
  }
  return result ?? data;
}

/** The subjects whose keys sealing this event's data needs. */
export function subjectsToSeal(type: string, data: Record<string, unknown>, recordSubject: SubjectName): SubjectName[] {
  const plan = planOfType(type);
  if (plan.length === 0) return [];
  const subjects = new Set<SubjectName>();
  mapTexts(plan, data, `${type}:`, (text, kind, owner) => {
    const subject = subjectFor(kind, owner, data, recordSubject);
    if (subject !== null) subjects.add(subject);
    return text;
  });
  return [...subjects];
}

/**
 * The event's data with every personal and free-text field sealed under its subject's key: a subject's
 * texts in the event as one group (sealGroup), one operation a subject. A subject already erased (its key
 * null) gets ERASED: nothing new is kept about them. Types the catalogue does not classify (none of the
 * domain's) are left as they are.
 */
export function sealEventData(type: string, data: Record<string, unknown>, recordSubject: SubjectName, keys: ReadonlyMap<SubjectName, Buffer | null>): Record<string, unknown> {
  const plan = planOfType(type);
  if (plan.length === 0) return data;
  const texts: (TextToSeal & { subject: SubjectName })[] = [];
  mapTexts(plan, data, `${type}:`, (text, kind, owner, context) => {
    texts.push({ text, context, subject: subjectFor(kind, owner, data, recordSubject)! });
    return text;
  });
  if (texts.length === 0) return data;
  const bySubject = new Map<SubjectName, number[]>();
  texts.forEach((text, index) => bySubject.set(text.subject, [...(bySubject.get(text.subject) ?? []), index]));
  const stored: string[] = [];
  let groups = 0;
  for (const [subject, indices] of bySubject) {
    const key = keys.get(subject);
    if (key === undefined) throw new Error(`no key asked for ${subject}, whose data ${texts[indices[0]!]!.context} holds`);
    if (key === null) {
      for (const index of indices) stored[index] = ERASED;
    } else {
      const group = sealGroup(
        indices.map((index) => texts[index]!),
        subject,
        key,
        groups++,
      );
      indices.forEach((index, place) => (stored[index] = group[place]!));
    }
  }
  // The same walk again, in the same order: each text replaced by its stored form.
  let next = 0;
  return mapTexts(plan, data, `${type}:`, () => stored[next++]!);
}

/**
 * Every text of stored data, wherever it sits, with its field's path as sealing names it (`Type:field`,
 * `Type:attendees.name`; a list adds nothing to the path). Opening walks the stored data itself, not the
 * catalogue: a sealed text says it is one and whose key it needs, whatever version of the event holds it.
 */
function mapStoredTexts(value: unknown, context: string, change: (text: string, context: string) => string): unknown {
  if (typeof value === 'string') return change(value, context);
  if (Array.isArray(value)) return value.map((item: unknown) => mapStoredTexts(item, context, change));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, mapStoredTexts(inner, `${context.endsWith(':') ? context : `${context}.`}${field}`, change)]));
  }
  return value;
}

/** Calls `visit` for every text of stored data with its field's path, as mapStoredTexts walks it, copying nothing. */
function visitStoredTexts(value: unknown, context: string, visit: (text: string, context: string) => void): void {
  if (typeof value === 'string') visit(value, context);
  else if (Array.isArray(value)) for (const item of value) visitStoredTexts(item, context, visit);
  else if (typeof value === 'object' && value !== null) {
    const prefix = context.endsWith(':') ? context : `${context}.`;
    for (const [field, inner] of Object.entries(value)) visitStoredTexts(inner, `${prefix}${field}`, visit);
  }
}

/** The subject whose key a stored text needs, sealed alone or in a group; null for plaintext. */
function subjectOfStored(text: string): SubjectName | null {
  return parseGroupPart(text)?.subject ?? subjectOfSealed(text);
}

/** The subjects whose keys opening this stored data needs (read from the sealed texts themselves). */
export function subjectsToOpen(type: string, data: Record<string, unknown>): SubjectName[] {
  const subjects = new Set<SubjectName>();
  visitStoredTexts(data, `${type}:`, (text) => {
    const subject = subjectOfStored(text);
    if (subject !== null) subjects.add(subject);
  });
  return [...subjects];
}

/** The stored data with every sealed text opened, or ERASED where its subject's key was destroyed. Texts stored before sealing are shown as they are. */
export function openEventData(type: string, data: Record<string, unknown>, keys: ReadonlyMap<SubjectName, SubjectKey>): Record<string, unknown> {
  if (!JSON.stringify(data).includes(ANY_SEALED)) return data;
  const parts: { part: GroupPart; context: string }[] = [];
  visitStoredTexts(data, `${type}:`, (text, context) => {
    const part = parseGroupPart(text);
    if (part !== null) parts.push({ part, context });
  });
  const groups = parts.length === 0 ? new Map<string, readonly string[]>() : openGroups(parts, keys);
  return mapStoredTexts(data, `${type}:`, (text, context) => {
    const part = parseGroupPart(text);
    return part === null ? openText(text, keys, context) : groups.get(part.group)![part.place]!;
  }) as Record<string, unknown>;
}

/**
 * Stored data read without the event store (a read model that keeps events as stored, such as the audit
 * trail), opened with one look-up of the keys the whole batch needs: plaintext, or ERASED where a key was
 * destroyed; data stored before sealing as it is.
 */
export async function openStoredData(keys: Pick<SubjectKeyStore, 'keysForOpening'>, events: readonly { type: string; data: Record<string, unknown> }[]): Promise<Record<string, unknown>[]> {
  const subjects = events.flatMap((event) => subjectsToOpen(event.type, event.data));
  if (subjects.length === 0) return events.map((event) => event.data);
  const opened = await keys.keysForOpening(subjects);
  return events.map((event) => openEventData(event.type, event.data, opened));
}
