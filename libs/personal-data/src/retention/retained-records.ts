import {
  academicYearOf,
  RETENTION_CATEGORIES,
  RETENTION_CATEGORY_NAMES,
  retentionEndedOn,
  type IsoDate,
  type RetainedRecord,
  type RetentionSchedule,
} from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import type { SubjectKeyStore, SubjectName } from '../subject-key-store.js';

/** How many keys one look-up of the key store lists. */
const PAGE = 1_000;

/** The academic year of a record key (recordSubject's names: `records:<category>:<year>`, `record:<stream>:<year>`), or null when undated. */
export function academicYearOfRecordKey(key: string): string | null {
  const match = /^records?:.+:(\d{4}\/\d{2})$/.exec(key);
  return match === null ? null : match[1]!;
}

/**
 * The records still kept (their keys live) whose retention ended before `today`, in pages: each
 * category's keys (one a year, and those made per stream before categories named them), then the
 * safeguarding concerns, dated by the visit each was flagged at. Memory holds one page at a time,
 * whatever the size of the history.
 */
export async function* recordsPastRetention(
  { keys, store }: { keys: SubjectKeyStore; store: EventStore },
  schedule: RetentionSchedule,
  today: IsoDate,
  onChecked: (keys: number) => void = () => undefined,
): AsyncGenerator<RetainedRecord[]> {
  for (const category of RETENTION_CATEGORY_NAMES) {
    if (schedule[category] === null) continue;
    const prefixes = [`records:${category}:`, ...(RETENTION_CATEGORIES[category].streams as readonly string[]).map((stream) => `record:${stream}`)];
    for (const prefix of prefixes) {
      let after: SubjectName | undefined;
      for (;;) {
        const page = await keys.liveSubjects(prefix, { ...(after === undefined ? {} : { after }), limit: PAGE });
        if (page.length === 0) break;
        after = page[page.length - 1];
        onChecked(page.length);
        const due = page.flatMap((key): RetainedRecord[] => {
          const academicYear = academicYearOfRecordKey(key);
          if (academicYear === null) return [];
          const retained: RetainedRecord = { key, category, academicYear };
          return retentionEndedOn(retained, schedule, today) === null ? [] : [retained];
        });
        if (due.length > 0) yield due;
      }
    }
  }
  if (schedule['safeguarding-concerns'] !== null) yield* concernsPastRetention({ keys, store }, schedule, today, onChecked);
}

async function* concernsPastRetention(
  { keys, store }: { keys: SubjectKeyStore; store: EventStore },
  schedule: RetentionSchedule,
  today: IsoDate,
  onChecked: (keys: number) => void,
): AsyncGenerator<RetainedRecord[]> {
  let candidates: RetainedRecord[] = [];
  const live = async (records: RetainedRecord[]): Promise<RetainedRecord[]> => {
    const found = await keys.keysForOpening(records.map((record) => record.key as SubjectName));
    onChecked(records.length);
    return records.filter((record) => found.get(record.key as SubjectName)?.state === 'live');
  };
  for await (const event of store.readAll({ types: ['SafeguardingConcernFlagged'], batchSize: PAGE })) {
    const { concernId, visitDate } = event.data as { concernId?: unknown; visitDate?: unknown };
    if (typeof concernId !== 'string' || typeof visitDate !== 'string') continue;
    const record: RetainedRecord = { key: `safeguarding-concern:${concernId}`, category: 'safeguarding-concerns', academicYear: academicYearOf(visitDate) };
    if (retentionEndedOn(record, schedule, today) !== null) candidates.push(record);
    if (candidates.length >= PAGE) {
      const due = await live(candidates);
      candidates = [];
      if (due.length > 0) yield due;
    }
  }
  if (candidates.length > 0) {
    const due = await live(candidates);
    if (due.length > 0) yield due;
  }
}
