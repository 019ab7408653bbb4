import { RETENTION_CATEGORY_NAMES } from '../retention/retention-categories.js';
import type { RetentionEvent } from '../retention/retention.events.js';
import type { DatedEventCatalogue } from './event-catalogue.js';

export const retentionEventCatalogue: DatedEventCatalogue<RetentionEvent> = {
  RetentionApplied: {
    storedName: 'RetentionApplied',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      runOn: data.string('runOn'),
      erased: data.objectArray('erased').map((record) => ({
        key: record.string('key'),
        category: record.oneOf('category', RETENTION_CATEGORY_NAMES),
        academicYear: record.string('academicYear'),
        years: record.number('years'),
        keptUntil: record.string('keptUntil'),
      })),
    }),
    effectiveDate: (data) => data.runOn,
  },
};
