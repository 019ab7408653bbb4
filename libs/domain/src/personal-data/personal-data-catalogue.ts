import type { DomainEvent } from '../events/domain-event.js';
import { FREE_TEXT, identifies, nested, notPersonal, personal, type FieldClassification } from './field-classification.js';

// Shared shapes: who decided, who recorded, a risk register, the evidence a tier decision snapshots.
const DECIDED_BY = nested({ userId: identifies('user'), name: personal('user', 'userId'), ...notPersonal('role') });
const RECORDED_BY = nested({ personId: identifies('staff'), ...notPersonal('role') });
const RISKS = nested({ title: FREE_TEXT, owner: FREE_TEXT });
const PROFILE = { staffId: identifies('staff'), name: personal('staff', 'staffId'), otherAreas: FREE_TEXT, ...notPersonal('employerAcademyId', 'role', 'areas') };
// An improvement plan's owner: a role, or a named member of staff under their staff id; its priority's text.
const PLAN_OWNER = nested({ staffId: identifies('staff'), name: personal('staff', 'staffId'), ...notPersonal('kind', 'role') });
const PLAN_PRIORITY = { title: FREE_TEXT, evidence: FREE_TEXT, targets: nested({ successCriteria: FREE_TEXT, ...notPersonal('kpi') }), owners: PLAN_OWNER };

/**
 * Where the ledger keeps personal data: every field of every event type, classified. A field is not
 * personal, a pseudonymous id of a data subject, personal data of a subject (and whose), or free text
 * that may name people. personal-data-catalogue.spec.ts reads each event type's fields from the code
 * that reads its events, and fails when one is missing here (or here and no longer read).
 */
export const PERSONAL_DATA_CATALOGUE: { readonly [T in DomainEvent['type']]: FieldClassification } = {
  // Academies and their figures: about schools, not people.
  AcademyRegistered: notPersonal('academyId', 'name', 'phase', 'hub', 'joinedOn', 'predecessorUrns'),
  KpiTargetSet: notPersonal('academyId', 'academicYear', 'kpi', 'target'),
  KpiRecorded: notPersonal('academyId', 'academicYear', 'term', 'kpi', 'value', 'nationalAverage', 'source'),
  KpiCorrected: { reason: FREE_TEXT, ...notPersonal('academyId', 'academicYear', 'term', 'kpi', 'value', 'previousValue') },

  // Evidence: the SIP is a person; summaries are free text.
  InspectionRecorded: notPersonal('academyId', 'inspectedOn', 'framework', 'overallEffectiveness'),
  AnnualReviewRecorded: { summary: FREE_TEXT, ...notPersonal('academyId', 'academicYear', 'capacityToImprove') },
  OutcomeRecorded: notPersonal('academyId', 'academicYear', 'direction'),
  RiskAssessed: { risks: RISKS, ...notPersonal('academyId', 'assessedOn', 'level') },
  BaselineAssessed: { summary: FREE_TEXT, ...notPersonal('academyId', 'assessedOn', 'capacity') },
  SipAssigned: { sipId: identifies('sip'), name: personal('sip', 'sipId'), ...notPersonal('academyId', 'approvedOn') },
  SipVisitRecorded: { sipId: identifies('sip'), reportSummary: FREE_TEXT, ...notPersonal('academyId', 'visitedOn') },
  CommissionedReviewCompleted: { summary: FREE_TEXT, ...notPersonal('academyId', 'academicYear', 'term', 'completedOn', 'commitmentId') },

  // A tier decision: who decided, their rationale, and the evidence as it stood.
  TierAssigned: {
    decidedBy: DECIDED_BY,
    rationale: FREE_TEXT,
    evidence: nested({
      inspection: nested(notPersonal('inspectedOn', 'framework', 'overallEffectiveness', 'position')),
      annualReview: nested({ summary: FREE_TEXT, ...notPersonal('academicYear', 'capacityToImprove', 'position') }),
      riskAssessment: nested({ risks: RISKS, ...notPersonal('assessedOn', 'level', 'position') }),
      outcomes: nested(notPersonal('academicYear', 'direction', 'position')),
    }),
    // The reasons are the tier criteria's own words; what is missing, evidence types.
    ...notPersonal('decisionId', 'academyId', 'academicYear', 'tier', 'recommendedTier', 'override', 'reasons', 'missing', 'decidedOn', 'decidedAt', 'supersedes'),
  },

  // Finance: money, days and roles; descriptions and reasons are free text; a budget's signatories by name.
  RateCardSet: { rates: nested(notPersonal('improvement-director', 'hub-lead', 'headteacher', 'teacher', 'support-staff')), ...notPersonal('academicYear') },
  ImprovementBudgetAgreed: { agreedBy: nested({ name: personal('staff', null), ...notPersonal('role') }), ...notPersonal('academyId', 'academicYear', 'amountPence', 'revisesAmountPence') },
  CoreDayLogged: { description: FREE_TEXT, ...notPersonal('academyId', 'academicYear', 'deliveredOn', 'days', 'commitmentId') },
  RechargeLogged: {
    description: FREE_TEXT,
    ...notPersonal('rechargeId', 'supportedAcademyId', 'providerRole', 'providerAcademyId', 'days', 'deliveredOn', 'academicYear', 'ratePence', 'amountPence', 'commitmentId'),
  },
  RechargeReversed: { reason: FREE_TEXT, ...notPersonal('rechargeId', 'supportedAcademyId', 'providerAcademyId', 'academicYear', 'deliveredOn', 'amountPence', 'reversedOn') },

  // Academy Improvement Meetings: who attended, by name (a member of staff's under their staff id, when
  // given, so erasing them reaches it; anyone else's under the record's key); what was said, in free text.
  AimScheduled: { focus: FREE_TEXT, ...notPersonal('aimId', 'academyId', 'academicYear', 'date', 'format', 'documentsDueOn', 'scheduledOn') },
  AimFocusAgreed: { focus: FREE_TEXT, ...notPersonal('aimId', 'academyId', 'agreedOn') },
  AimRescheduled: { reason: FREE_TEXT, ...notPersonal('aimId', 'academyId', 'academicYear', 'date', 'previousDate', 'documentsDueOn', 'rescheduledOn') },
  AimDocumentSubmitted: notPersonal('aimId', 'academyId', 'documentType', 'rag', 'submittedOn'),
  AimDocumentsOverdue: notPersonal('aimId', 'academyId', 'missing', 'dueOn', 'checkedOn'),
  AimHeld: {
    attendees: nested({ staffId: identifies('staff'), name: personal('staff', 'staffId'), ...notPersonal('role', 'chair') }),
    judgements: nested({ comment: FREE_TEXT, ...notPersonal('heading', 'judgement') }),
    priorities: nested({ priority: FREE_TEXT, ...notPersonal('rag', 'planPriorityId') }),
    nextSteps: FREE_TEXT,
    ...notPersonal('aimId', 'academyId', 'academicYear', 'format', 'heldOn'),
  },
  AimReportPublished: { summary: FREE_TEXT, ...notPersonal('aimId', 'academyId', 'publishedOn') },

  // Peer reviews: headteachers by id and name; observations, feedback and concerns.
  PeerReviewGroupFormed: {
    name: FREE_TEXT,
    members: nested({ headteacherId: identifies('staff'), name: personal('staff', 'headteacherId'), ...notPersonal('academyId') }),
    leadHeadteacherId: identifies('staff'),
    ...notPersonal('groupId', 'academicYear'),
  },
  ReviewVisitScheduled: {
    hostHeadteacherId: identifies('staff'),
    leadHeadteacherId: identifies('staff'),
    reviewerIds: identifies('staff'),
    facilitatorUserId: identifies('user'),
    ...notPersonal('visitId', 'groupId', 'academicYear', 'hostAcademyId', 'visitDate', 'visitNumber', 'focusDueOn', 'reportDueOn', 'scheduledOn'),
  },
  VisitFocusSet: { aspects: nested({ aspect: FREE_TEXT, ...notPersonal('rag', 'planPriorityId') }), ...notPersonal('visitId', 'hostAcademyId', 'academicYear', 'setOn', 'ratedOn') },
  ReviewVisitRecorded: {
    recordedBy: RECORDED_BY,
    observations: FREE_TEXT,
    feedback: FREE_TEXT,
    actionsForNextAim: FREE_TEXT,
    ...notPersonal('visitId', 'hostAcademyId', 'visitDate', 'recordedOn'),
  },
  VisitObservationsRecorded: { recordedBy: RECORDED_BY, observations: FREE_TEXT, ...notPersonal('visitId', 'hostAcademyId', 'visitDate', 'recordedOn') },
  SafeguardingConcernFlagged: {
    concernId: identifies('safeguarding-concern'),
    concern: personal('safeguarding-concern', 'concernId'),
    raisedBy: RECORDED_BY,
    ...notPersonal('visitId', 'hostAcademyId', 'visitDate', 'flaggedOn'),
  },
  PeerReviewReportSubmitted: { leadHeadteacherId: identifies('staff'), summary: FREE_TEXT, ...notPersonal('visitId', 'hostAcademyId', 'submittedOn', 'dueOn', 'late') },
  PeerReviewReportOverdue: { leadHeadteacherId: identifies('staff'), ...notPersonal('visitId', 'hostAcademyId', 'dueOn', 'checkedOn') },

  // The database of expertise: a member of staff, by id and name, and what they offer.
  ExpertiseRegistered: { ...PROFILE, ...notPersonal('registeredOn') },
  ExpertiseUpdated: { ...PROFILE, ...notPersonal('updatedOn') },
  ExpertiseWithdrawn: { staffId: identifies('staff'), reason: FREE_TEXT, ...notPersonal('withdrawnOn') },

  // An erasure: the erased subject's id is a pseudonym of any kind (`staff:st-41`), kept as the record that
  // they were erased. The reason is free text, sealed under the erasure record's own key
  // (`record:data-subject-<subjectId>:undated`), never the erased subject's: it stays readable after the
  // erasure it explains, and retention erases it with the record.
  PersonalDataErased: { erasedBy: identifies('user'), reason: FREE_TEXT, ...notPersonal('subjectId', 'erasedAt') },

  // Improvement plans: titles, evidence, success criteria, actions and comments are free text; a named owner
  // is that member of staff's, under their staff id; who rated or committed, as a tier decision's maker.
  ImprovementPlanDrafted: notPersonal('academyId', 'academicYear', 'draftedOn'),
  PlanPriorityAdded: { ...PLAN_PRIORITY, ...notPersonal('academyId', 'academicYear', 'priorityId', 'aimId', 'addedOn') },
  PlanPriorityAmended: { ...PLAN_PRIORITY, ...notPersonal('academyId', 'academicYear', 'priorityId', 'aimId', 'amendedOn') },
  PlanActionAdded: { description: FREE_TEXT, owner: PLAN_OWNER, ...notPersonal('academyId', 'academicYear', 'priorityId', 'actionId', 'dueOn', 'addedOn') },
  PlanActionAmended: { description: FREE_TEXT, owner: PLAN_OWNER, ...notPersonal('academyId', 'academicYear', 'priorityId', 'actionId', 'dueOn', 'status', 'amendedOn') },
  PlanPriorityRated: {
    ratedBy: DECIDED_BY,
    comment: FREE_TEXT,
    source: nested(notPersonal('kind', 'aimId', 'visitId')),
    ...notPersonal('academyId', 'academicYear', 'priorityId', 'rating', 'ratedOn'),
  },
  ImprovementPlanConfirmed: notPersonal('academyId', 'academicYear', 'aimId', 'confirmedOn'),
  ImprovementPlanYearClosed: notPersonal('academyId', 'academicYear', 'closedOn'),
  PlanSupportCommitted: {
    committedBy: DECIDED_BY,
    ...notPersonal('academyId', 'academicYear', 'commitmentId', 'priorityId', 'kind', 'coreDays', 'developmentDays', 'reviews', 'committedOn'),
  },

  // Retention: the records erased, named by their keys (streams and years, or a concern's pseudonymous id).
  RetentionApplied: { erased: nested(notPersonal('key', 'category', 'academicYear', 'years', 'keptUntil')), ...notPersonal('runOn') },
};
