import { domainEventCatalogue } from '../events/domain-event-catalogue.js';
import type { DataSubject, FieldClassification } from './field-classification.js';
import { PERSONAL_DATA_CATALOGUE } from './personal-data-catalogue.js';

/**
 * Whether an event's data names a data subject by the ledger's id of them: a field the catalogue classes
 * as identifying a subject of that kind holds the id (nested objects and lists of ids included), or the
 * event is that subject's erasure. Every personal field of theirs sits beside such an id, so these are
 * the events that hold their data (subject access).
 */
export function namesSubject(type: string, data: Record<string, unknown>, kind: DataSubject, id: string): boolean {
  if (type === 'PersonalDataErased') return data['subjectId'] === `${kind}:${id}`;
  const classification = (PERSONAL_DATA_CATALOGUE as Readonly<Record<string, FieldClassification | undefined>>)[type];
  return classification !== undefined && holdsId(classification, data, kind, id);
}

function holdsId(classification: FieldClassification, value: unknown, kind: DataSubject, id: string): boolean {
  if (Array.isArray(value)) return value.some((item) => holdsId(classification, item, kind, id));
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(classification).some(([field, fieldClass]) => {
    const held = (value as Record<string, unknown>)[field];
    if (fieldClass.kind === 'nested') return holdsId(fieldClass.fields, held, kind, id);
    if (fieldClass.kind !== 'identifies' || fieldClass.subject !== kind) return false;
    return held === id || (Array.isArray(held) && held.includes(id));
  });
}

/**
 * The stored type names of the events that can name a subject of this kind (an id field of that kind, or an
 * erasure): what a subject access export asks the store for, so it reads only those.
 */
export function eventTypesNamingSubjects(kind: DataSubject): string[] {
  return Object.entries(domainEventCatalogue)
    .filter(([type]) => type === 'PersonalDataErased' || identifiesKind((PERSONAL_DATA_CATALOGUE as Readonly<Record<string, FieldClassification>>)[type] ?? {}, kind))
    .map(([, entry]) => entry.storedName);
}

function identifiesKind(classification: FieldClassification, kind: DataSubject): boolean {
  return Object.values(classification).some((fieldClass) => (fieldClass.kind === 'nested' ? identifiesKind(fieldClass.fields, kind) : fieldClass.kind === 'identifies' && fieldClass.subject === kind));
}
