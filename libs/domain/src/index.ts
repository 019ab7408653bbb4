// The public API of @trust/domain: pure value objects, rules, deciders and the event codec.
// Each aggregate's commands and events are exported whole (`export type *`), so a new command or event
// type is public as soon as it is declared.

export type { Decider, DecisionContext } from './shared/decider.js';
export { DomainError, type DomainErrorKind } from './shared/domain-error.js';
export type { StoredEventShape } from './shared/stored-event.js';

export { ACADEMY_ID_PATTERN, parseAcademyId, type AcademyId } from './values/academy-id.js';
export {
  ACADEMIC_YEAR_PATTERN,
  academicYearEnd,
  academicYearOf,
  academicYearStart,
  parseAcademicYear,
  type AcademicYear,
} from './values/academic-year.js';
export { yearBefore } from './tier/academic-year-steps.js';
export { calendarDate, EARLIEST_DATE, isoDateOf, LATEST_DATE, parseIsoDate, type IsoDate } from './values/iso-date.js';
export { parseInstant } from './values/instant.js';
export { parseAcademyPhase } from './values/academy-phase.js';
export { parseKpiName } from './values/kpi-name.js';
export { MAX_PENCE, parseMoney, type Money } from './values/money.js';
export { parseOneOf } from './values/one-of.js';
export { parseTerm } from './values/term.js';
export { parseText, textProblem } from './values/text.js';
export {
  MAX_ITEMS,
  MAX_LABEL_LENGTH,
  MAX_LINE_LENGTH,
  MAX_LONG_TEXT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PERSON_ID_LENGTH,
  MAX_TEXT_LENGTH,
} from './values/limits.js';

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
export {
  DEFAULT_KPI_SOURCE,
  KPI_SOURCES,
  RECORDABLE_KPI_SOURCES,
  type KpiSource,
  type RecordableKpiSource,
} from './kpi/kpi-source.js';

export { ACADEMY_PHASES, type AcademyPhase } from './academy/academy-phase.js';
export type * from './academy/academy.commands.js';
export { academyDecider } from './academy/academy.decider.js';
export { academyStreamId } from './academy/academy.events.js';
export type * from './academy/academy.events.js';
export type { AcademyState, NotRegisteredAcademy, RegisteredAcademy } from './academy/academy.state.js';

export { BASELINE_CAPACITIES, type BaselineCapacity } from './evidence/baseline-capacity.js';
export type * from './evidence/evidence.commands.js';
export type * from './evidence/evidence.events.js';
export type { EvidenceState } from './evidence/evidence.state.js';
export {
  EIF_2024_AREAS,
  EIF_GRADES,
  INSPECTION_FRAMEWORKS,
  OPTIONAL_INSPECTION_AREAS,
  REPORT_CARD_AREAS,
  REPORT_CARD_GRADES,
  SAFEGUARDING_OUTCOMES,
  type Eif2019Inspection,
  type Eif2024Area,
  type Eif2024Grades,
  type Eif2024Inspection,
  type EifGrade,
  type Inspection,
  type InspectionFramework,
  type OptionalInspectionArea,
  type ReportCard2025Inspection,
  type ReportCardArea,
  type ReportCardGrade,
  type ReportCardGrades,
  type SafeguardingOutcome,
} from './evidence/inspection.js';
export { OUTCOME_DIRECTIONS, type OutcomeDirection } from './evidence/outcome-direction.js';
export { RISK_LEVELS, type Risk, type RiskLevel } from './evidence/risk-level.js';

export type { EvidenceSnapshot } from './tier/evidence-snapshot.js';
export { recommendTier, type TierRecommendation } from './tier/recommend-tier.js';
export { readInspectionForTier, type InspectionReading } from './tier/inspection-reading.js';
export { SUPPORT_TIERS, type SupportTier } from './tier/support-tier.js';
export { tierConsequences, type TierConsequences } from './tier/tier-consequences.js';
export { tierTakesEffectOn } from './tier/tier-takes-effect.js';
export type { DecideTier } from './tier/tier.commands.js';
export type { TierAssignedData, TierDecisionMaker, TierEvent } from './tier/tier.events.js';
export { tierDecisionDecider, type PositionedDecider } from './tier/tier-decision.decider.js';
export type { DecisionInForce, TierDecisionState } from './tier/tier-decision.state.js';
export { evolveTierEvidence, initialTierEvidence, type TierEvidence } from './tier/tier-evidence.js';
export type {
  AnnualReviewEvidence,
  InspectionEvidence,
  OutcomeEvidence,
  Positioned,
  RiskAssessmentEvidence,
} from './tier/evidence-items.js';

export {
  CENTRALLY_EMPLOYED_ROLES,
  parseSupportRole,
  SUPPORT_ROLES,
  type SupportRole,
} from './finance/support-role.js';
export { MAX_DAYS_PER_ENTRY, parseSupportDays } from './finance/support-days.js';
export { academicYearOfDelivery, parseDeliveredOn } from './finance/delivered-on.js';
export type * from './finance/finance.events.js';
export { DEFAULT_RATES, rateFor, type RateCard, type RateCardRates } from './finance/rate-card/rate-card.js';
export type * from './finance/rate-card/rate-card.commands.js';
export { rateCardDecider } from './finance/rate-card/rate-card.decider.js';
export { MAX_DAY_RATE_PENCE } from './finance/rate-card/set-rate-card.js';
export { rateCardStreamId } from './finance/rate-card/rate-card.events.js';
export type * from './finance/rate-card/rate-card.events.js';
export { rateCardInForce, type RateCardState } from './finance/rate-card/rate-card.state.js';
export {
  BUDGET_AGREEMENT_ROLES,
  type BudgetAgreementRole,
} from './finance/improvement-budget/budget-agreement-role.js';
export type * from './finance/improvement-budget/improvement-budget.commands.js';
export { improvementBudgetDecider } from './finance/improvement-budget/improvement-budget.decider.js';
export { improvementBudgetStreamId } from './finance/improvement-budget/improvement-budget.events.js';
export type * from './finance/improvement-budget/improvement-budget.events.js';
export type { ImprovementBudgetState } from './finance/improvement-budget/improvement-budget.state.js';
export { CORE_DAYS_PER_YEAR, coreDaysLeft } from './finance/core-days/core-days-entitlement.js';
export type * from './finance/core-days/core-days.commands.js';
export { coreDaysDecider } from './finance/core-days/core-days.decider.js';
export { coreDaysStreamId } from './finance/core-days/core-days.events.js';
export type * from './finance/core-days/core-days.events.js';
export type { CoreDaysState } from './finance/core-days/core-days.state.js';
export { parseRechargeId } from './finance/recharge/recharge-id.js';
export type * from './finance/recharge/recharge.commands.js';
export { rechargeDecider } from './finance/recharge/recharge.decider.js';
export { rechargeStreamId } from './finance/recharge/recharge.events.js';
export type * from './finance/recharge/recharge.events.js';
export type { LoggedRechargeState, RechargeState } from './finance/recharge/recharge.state.js';
export {
  improvementIncomeAccount,
  improvementSpendAccount,
  TRUST_CENTRE_INCOME_ACCOUNT,
} from './finance/ledger/ledger-account.js';
export type { LedgerLine } from './finance/ledger/ledger-line.js';
export { postingsFor, RECHARGE_LEDGER_EVENT_TYPES } from './finance/ledger/postings.js';
export {
  reconcile,
  type AcademyReconciliation,
  type ImprovementBudget,
  type Reconciliation,
} from './finance/ledger/reconcile.js';

export { AIM_FORMATS, coreDaysOfAim, parseAimFormat, type AimFormat } from './aim/aim-format.js';
export { AIMS_PER_YEAR } from './aim/aims-per-year.js';
export {
  AIM_DOCUMENT_TYPES,
  AIM_DOCUMENTS_DUE_DAYS_BEFORE,
  RAG_RATED_AIM_DOCUMENTS,
  type AimDocumentType,
} from './aim/aim-document.js';
export {
  AIM_ATTENDEE_ROLES,
  AIM_HEADINGS,
  type AimAttendee,
  type AimAttendeeRole,
  type AimHeading,
  type AimJudgement,
  type AimPriority,
} from './aim/aim-meeting.js';
export { parseRagRating, RAG_RATINGS, type RagRating } from './aim/rag-rating.js';
export { parseRecordId } from './aim/record-id.js';
export { addDays, isSchoolDay, nextSchoolDay } from './aim/school-calendar.js';
export { passedBeforeItWasEntered } from './aim/recorded-after-the-fact.js';
export type * from './aim/aim.commands.js';
export { aimDecider } from './aim/aim.decider.js';
export { aimStreamId } from './aim/aim.events.js';
export type * from './aim/aim.events.js';
export type { AimState, NotScheduledAim, ScheduledAim, SubmittedAimDocument } from './aim/aim.state.js';
export { aimDeadline, type AimDeadline } from './aim/aim-deadline.js';

export {
  FOCUS_DUE_DAYS_BEFORE,
  MAX_FOCUS_ASPECTS,
  REPORT_DUE_DAYS_AFTER,
  VISITS_PER_HOST_PER_YEAR,
} from './peer-review/visits-per-host.js';
export { parsePersonId } from './peer-review/person-id.js';
export type * from './peer-review/peer-review-group.commands.js';
export { peerReviewGroupDecider } from './peer-review/peer-review-group.decider.js';
export { peerReviewGroupStreamId } from './peer-review/peer-review-group.events.js';
export type * from './peer-review/peer-review-group.events.js';
export {
  scheduledReviewVisit,
  type FormedPeerReviewGroup,
  type NotFormedPeerReviewGroup,
  type PeerReviewGroupState,
} from './peer-review/peer-review-group.state.js';
export type * from './peer-review/peer-review-visit.commands.js';
export { peerReviewVisitDecider } from './peer-review/peer-review-visit.decider.js';
export { peerReviewVisitStreamId } from './peer-review/peer-review-visit.events.js';
export type * from './peer-review/peer-review-visit.events.js';
export type { PeerReviewVisitState } from './peer-review/peer-review-visit.state.js';
export type * from './peer-review/peer-review.events.js';
export { mayReadPeerReview, type PeerReviewReader } from './peer-review/may-read-peer-review.js';
export { VISIT_ROLES, type VisitActor, type VisitAttendee, type VisitRole } from './peer-review/visit-attendance.js';

export { EXPERTISE_AREAS, parseExpertiseArea, type ExpertiseArea } from './expertise/expertise-area.js';
export type * from './expertise/expertise.commands.js';
export { expertiseDecider } from './expertise/expertise.decider.js';
export { expertiseStreamId } from './expertise/expertise.events.js';
export type * from './data-subject/data-subject.commands.js';
export { dataSubjectDecider, type DataSubjectState } from './data-subject/data-subject.decider.js';
export { dataSubjectStreamId } from './data-subject/data-subject.events.js';
export type * from './data-subject/data-subject.events.js';
export { parseSubjectId } from './data-subject/subject-id.js';
export { RETENTION_CATEGORIES, RETENTION_CATEGORY_NAMES, retentionCategoryOfStream, type RetentionCategory } from './retention/retention-categories.js';
export {
  DEFAULT_RETENTION_SCHEDULE,
  MAX_RETENTION_YEARS,
  parseRetentionSchedule,
  RetentionScheduleError,
  type RetentionSchedule,
} from './retention/retention-schedule.js';
export { keptUntil, retentionEndedOn, type RetainedRecord } from './retention/past-retention.js';
export type * from './retention/retention.commands.js';
export { MAX_ERASED_PER_EVENT, retentionDecider, type RetentionState } from './retention/retention.decider.js';
export { retentionStreamId } from './retention/retention.events.js';
export type * from './retention/retention.events.js';
export { eventTypesNamingSubjects, namesSubject } from './personal-data/names-subject.js';
export type * from './expertise/expertise.events.js';
export type { ExpertiseState, RegisteredExpertiseState } from './expertise/expertise.state.js';
export {
  findExpertise,
  type ExpertiseListing,
  type ExpertiseMatch,
  type ExpertiseQuery,
} from './expertise/find-expertise.js';

export type * from './improvement-plan/improvement-plan.commands.js';
export { improvementPlanDecider } from './improvement-plan/improvement-plan.decider.js';
export { improvementPlanStreamId } from './improvement-plan/improvement-plan.events.js';
export type * from './improvement-plan/improvement-plan.events.js';
export type {
  ImprovementPlan,
  ImprovementPlanState,
  ImprovementPlanStatus,
  NoImprovementPlan,
  PlanAction,
  PlanPriority,
  PlanRating,
  SupportCommitment,
} from './improvement-plan/improvement-plan.state.js';
export { hasPriority, latestRating, planPriorityIds, priorityTitle } from './improvement-plan/plan-priorities.js';
export { improvementPlanLookUp, type ImprovementPlanLookUp } from './improvement-plan/plan-look-up.js';
export {
  MAX_PLAN_OWNERS,
  PLAN_OWNER_KINDS,
  PLAN_OWNER_ROLES,
  type PlanOwner,
  type PlanOwnerInput,
  type PlanOwnerKind,
  type PlanOwnerRole,
} from './improvement-plan/plan-owner.js';
export { PLAN_ACTION_STATUSES, type PlanActionStatus } from './improvement-plan/plan-action-status.js';
export type { PlanActor } from './improvement-plan/plan-actor.js';
export type { PlanKpiTarget } from './improvement-plan/plan-priority-content.js';
export { MAX_PLANNED_REVIEWS, type PlannedSupport } from './improvement-plan/planned-support.js';
export { RATING_SOURCES, type RatingSource, type RatingSourceKind } from './improvement-plan/rating-source.js';
export {
  SUPPORT_KIND_OFFERED,
  SUPPORT_KINDS,
  supportKindsOfTier,
  type SupportKind,
} from './improvement-plan/support-kind.js';

export type { DomainEvent, DomainEventType } from './events/domain-event.js';
export { domainEventCatalogue } from './events/domain-event-catalogue.js';
export { domainEventCodec } from './events/domain-event-codec.js';
export type {
  AnyEvent,
  CatalogueEntry,
  DatedCatalogueEntry,
  DatedEventCatalogue,
  EventCatalogue,
  StreamOriginUpcaster,
  UpcastContext,
  Upcaster,
} from './events/event-catalogue.js';
export { createEventCodec, type EventCodec } from './events/event-codec.js';
export { EventCodecError } from './events/event-codec-error.js';
export type { EventDataReader } from './events/event-data-reader.js';
export { effectiveDateOf, termEnd } from './time/effective-date.js';
export { PERSONAL_DATA_CATALOGUE } from './personal-data/personal-data-catalogue.js';
export { DATA_SUBJECTS, type DataSubject, type FieldClass, type FieldClassification } from './personal-data/field-classification.js';
