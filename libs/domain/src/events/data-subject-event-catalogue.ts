import type { DataSubjectEvent } from '../data-subject/data-subject.events.js';
import type { DatedEventCatalogue } from './event-catalogue.js';

export const dataSubjectEventCatalogue: DatedEventCatalogue<DataSubjectEvent> = {
  PersonalDataErased: {
    storedName: 'PersonalDataErased',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      subjectId: data.string('subjectId'),
      erasedBy: data.string('erasedBy'),
      reason: data.string('reason'),
      erasedAt: data.string('erasedAt'),
    }),
    // About no date in the school world: its reason is sealed under the record's `undated` key.
    effectiveDate: () => null,
  },
};
