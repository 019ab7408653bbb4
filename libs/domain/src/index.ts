// The public API of @trust/domain: pure value objects, rules, deciders and the event codec.

export type { Decider, DecisionContext } from './shared/decider.js';
export { DomainError, type DomainErrorKind } from './shared/domain-error.js';
export type { StoredEventShape } from './shared/stored-event.js';

export { parseAcademyId, type AcademyId } from './values/academy-id.js';
export {
  academicYearEnd,
  academicYearOf,
  academicYearStart,
  parseAcademicYear,
  type AcademicYear,
} from './values/academic-year.js';
export { isoDateOf, parseIsoDate, type IsoDate } from './values/iso-date.js';
export { parseAcademyPhase } from './values/academy-phase.js';
export { parseKpiName } from './values/kpi-name.js';
export { parseMoney, type Money } from './values/money.js';
export { parseOneOf } from './values/one-of.js';
export { parseTerm } from './values/term.js';
export { parseText } from './values/text.js';

export { KPI_NAMES, TERMS, type KpiName, type Rag, type Term } from './kpi/kpi-name.js';
export {
  kpiScale,
  parseCurriculumGrade,
  parseKpiTarget,
  parseKpiValue,
  parseNationalAverage,
  parsePercentage,
  type KpiScale,
} from './kpi/kpi-value.js';
export { ragFor, type RagInput } from './kpi/rag.js';

export { ACADEMY_PHASES, type AcademyPhase } from './academy/academy-phase.js';
export type {
  AcademyCommand,
  CorrectKpi,
  RecordKpi,
  RegisterAcademy,
  SetKpiTarget,
} from './academy/academy.commands.js';
export { academyDecider } from './academy/academy.decider.js';
export {
  academyStreamId,
  type AcademyEvent,
  type AcademyRegisteredData,
  type KpiCorrectedData,
  type KpiRecordedData,
  type KpiTargetSetData,
} from './academy/academy.events.js';
export type { AcademyState, NotRegisteredAcademy, RegisteredAcademy } from './academy/academy.state.js';

export type { DomainEvent, DomainEventType } from './events/domain-event.js';
export { domainEventCatalogue } from './events/domain-event-catalogue.js';
export { domainEventCodec } from './events/domain-event-codec.js';
export type { AnyEvent, CatalogueEntry, EventCatalogue, Upcaster } from './events/event-catalogue.js';
export { createEventCodec, type EventCodec } from './events/event-codec.js';
export { EventCodecError } from './events/event-codec-error.js';
export type { EventDataReader } from './events/event-data-reader.js';
