import type { ImprovementPlanLookUp } from '../improvement-plan/plan-look-up.js';

/**
 * Commands on one Academy Improvement Meeting (`aim-<aimId>`), with input as it arrives from a client
 * (docs/API-CONVENTIONS.md, the AIM routes at /docs): every field is validated by the decider, which names the
 * field it refuses. The API chooses the AIM's id before scheduling it.
 */

export type ScheduleAim = {
  type: 'ScheduleAim';
  aimId: string;
  academyId: string;
  /** The day of the AIM (YYYY-MM-DD): a school day; a past one records a meeting after the fact. */
  date: string;
  format: string;
  /** A focus proposed when scheduling; it may be agreed later with AgreeAimFocus. */
  focus?: string | null;
};

export type AgreeAimFocus = {
  type: 'AgreeAimFocus';
  aimId: string;
  focus: string;
};

export type RescheduleAim = {
  type: 'RescheduleAim';
  aimId: string;
  date: string;
  reason: string;
};

export type SubmitAimDocument = {
  type: 'SubmitAimDocument';
  aimId: string;
  /** The body's `type` (POST /aims/:id/documents); renamed here, where `type` names the command. */
  documentType: string;
  /** Required for the previous AIM report and the pupil premium strategy, refused for the others. */
  rag?: string | null;
  /** Only for a meeting recorded after the fact: the day the document came in. */
  submittedOn?: unknown;
};

/** Sent by the deadline job: records the documents missing at the deadline, once each. */
export type CheckAimDocuments = {
  type: 'CheckAimDocuments';
  aimId: string;
  checkedOn: string;
};

export type HoldAim = {
  type: 'HoldAim';
  aimId: string;
  heldOn: string;
  attendees: readonly { name: string; role: string; chair?: boolean | null; staffId?: string | null }[];
  judgements: readonly { heading: string; judgement: string; comment: string }[];
  /** Each a text, or a priority of the academy's plan for the AIM's year named by `planPriorityId` (its title is then the text). */
  priorities: readonly { priority?: string | null; rag: string; planPriorityId?: string | null }[];
  nextSteps: readonly string[];
  /**
   * The academy's improvement plan for the AIM's academic year, looked up by the application (not sent by the
   * client): when there is one, every priority names one of its priorities.
   */
  plan: ImprovementPlanLookUp;
};

export type PublishAimReport = {
  type: 'PublishAimReport';
  aimId: string;
  summary: string;
  /** Only for a meeting recorded after the fact: the day the report was published. */
  publishedOn?: unknown;
};

export type AimCommand =
  | ScheduleAim
  | AgreeAimFocus
  | RescheduleAim
  | SubmitAimDocument
  | CheckAimDocuments
  | HoldAim
  | PublishAimReport;
