import { domainEventCatalogue } from '../events/domain-event-catalogue.js';
import type { FieldClassification } from './field-classification.js';
import { fieldsRead, type FieldsRead } from './fields-read.js';
import { PERSONAL_DATA_CATALOGUE } from './personal-data-catalogue.js';

/** The classification's fields, in the shape fieldsRead gives. */
function fieldsClassified(classification: FieldClassification): FieldsRead {
  return Object.fromEntries(Object.entries(classification).map(([field, kind]) => [field, kind.kind === 'nested' ? fieldsClassified(kind.fields) : null]));
}

/** Every `whose` names an id field of the same object, or of the event's data, that identifies that subject. */
function wrongOwners(classification: FieldClassification, top: FieldClassification, path = ''): string[] {
  return Object.entries(classification).flatMap(([field, kind]) => {
    if (kind.kind === 'nested') return wrongOwners(kind.fields, top, `${path}${field}.`);
    if (kind.kind !== 'personal' || kind.whose === null) return [];
    const owner = classification[kind.whose] ?? top[kind.whose];
    return owner?.kind === 'identifies' && owner.subject === kind.subject ? [] : [`${path}${field} (whose: ${kind.whose})`];
  });
}

describe('the personal data catalogue', () => {
  it('classifies every event type the ledger stores, and no other', () => {
    expect(Object.keys(PERSONAL_DATA_CATALOGUE).sort()).toEqual(Object.keys(domainEventCatalogue).sort());
  });

  it.each(Object.entries(domainEventCatalogue))('classifies every field of %s, as its reader reads them', (type, entry) => {
    const read = fieldsRead((data) => entry.read(data));
    expect(fieldsClassified(PERSONAL_DATA_CATALOGUE[type as keyof typeof PERSONAL_DATA_CATALOGUE])).toEqual(read);
  });

  it('names, for every personal field, the field that identifies its subject', () => {
    const wrong = Object.entries(PERSONAL_DATA_CATALOGUE).flatMap(([type, classification]) => wrongOwners(classification, classification).map((field) => `${type}.${field}`));
    expect(wrong).toEqual([]);
  });
});
