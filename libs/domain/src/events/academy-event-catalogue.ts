import { ACADEMY_PHASES } from '../academy/academy-phase.js';
import type { AcademyEvent } from '../academy/academy.events.js';
import type { EvidenceEvent } from '../evidence/evidence.events.js';
import { KPI_NAMES, TERMS } from '../kpi/kpi-name.js';
import { KPI_SOURCES } from '../kpi/kpi-source.js';
import type { TierEvent } from '../tier/tier.events.js';
import { academicYearStart } from '../values/academic-year.js';
import { termEnd } from '../time/term-end.js';
import type { DatedEventCatalogue } from './event-catalogue.js';

/** The academy's registration and KPI events; its evidence and tier decisions have their own catalogues. */
export const academyEventCatalogue: DatedEventCatalogue<Exclude<AcademyEvent, EvidenceEvent | TierEvent>> = {
  AcademyRegistered: {
    storedName: 'AcademyRegistered',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      name: data.string('name'),
      phase: data.oneOf('phase', ACADEMY_PHASES),
      hub: data.string('hub'),
      joinedOn: data.string('joinedOn'),
      predecessorUrns: data.stringArray('predecessorUrns'),
    }),
    effectiveDate: (data) => data.joinedOn,
  },
  KpiTargetSet: {
    storedName: 'KpiTargetSet',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      kpi: data.oneOf('kpi', KPI_NAMES),
      target: data.number('target'),
    }),
    // A target is for its academic year, from its first day.
    effectiveDate: (data) => academicYearStart(data.academicYear),
  },
  KpiRecorded: {
    storedName: 'KpiRecorded',
    // v2 added `source`. A v1 figure was stored before the source was asked for: it reads `not-recorded`,
    // never a guess. Old rows stay as they were stored (the audit trail shows them at v1).
    schemaVersion: 2,
    upcasters: [(v1) => ({ ...v1, source: 'not-recorded' })],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      term: data.oneOf('term', TERMS),
      kpi: data.oneOf('kpi', KPI_NAMES),
      value: data.number('value'),
      nationalAverage: data.nullableNumber('nationalAverage'),
      source: data.oneOf('source', KPI_SOURCES),
    }),
    // A figure measures its term, so it is effective from the term's end.
    effectiveDate: (data) => termEnd(data.academicYear, data.term),
  },
  KpiCorrected: {
    storedName: 'KpiCorrected',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      term: data.oneOf('term', TERMS),
      kpi: data.oneOf('kpi', KPI_NAMES),
      value: data.number('value'),
      previousValue: data.number('previousValue'),
      reason: data.string('reason'),
    }),
    // A correction takes the date of the figure it corrects, so it changes what was true on that date.
    effectiveDate: (data) => termEnd(data.academicYear, data.term),
  },
};
