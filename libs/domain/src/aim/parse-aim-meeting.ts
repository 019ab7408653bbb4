import { EIF_GRADES } from '../evidence/inspection.js';
import { parseSummary } from '../evidence/summary.js';
import { DomainError } from '../shared/domain-error.js';
import { parseOneOf } from '../values/one-of.js';
import { parseText } from '../values/text.js';
import { parseList, parseObjectItem, parseTextList } from './input-lists.js';
import {
  AIM_ATTENDEE_ROLES,
  AIM_HEADINGS,
  type AimAttendee,
  type AimJudgement,
} from './aim-meeting.js';
import { parsePlanPriorityReference, refuseRepeatedPlanPriorities, type PlanPriorityReference } from '../improvement-plan/plan-look-up.js';
import { parseRagRating, type RagRating } from './rag-rating.js';
import { parseRecordId } from './record-id.js';
import { MAX_ITEMS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../values/limits.js';

export function parseAttendees(input: unknown): AimAttendee[] {
  const attendees = parseList(input, 'attendees', { min: 1, max: MAX_ITEMS.attendees }, (raw, field) => {
    const item = parseObjectItem(raw, field, '{ name, role, chair?, staffId? }');
    const chair = item.get('chair');
    if (chair !== undefined && chair !== null && typeof chair !== 'boolean') {
      throw DomainError.invalid(`${field}.chair`, 'must be true or false');
    }
    const staffId = item.get('staffId');
    return {
      name: parseText(item.get('name'), `${field}.name`, MAX_NAME_LENGTH),
      role: parseOneOf(AIM_ATTENDEE_ROLES, item.get('role'), `${field}.role`),
      chair: chair === true,
      // A member of staff as the ledger keys them elsewhere (expertise-<staffId>), so an erasure of staff:<id> finds them here too.
      staffId: staffId === undefined || staffId === null ? null : parseRecordId(staffId, `${field}.staffId`),
    };
  });
  attendees.forEach((attendee, index) => {
    if (attendees.findIndex((other) => other.name === attendee.name && other.role === attendee.role) !== index) {
      throw DomainError.invalid(`attendees[${index}]`, `${attendee.name} (${attendee.role}) is listed more than once`);
    }
    if (attendee.staffId !== null && attendees.findIndex((other) => other.staffId === attendee.staffId) !== index) {
      throw DomainError.invalid(`attendees[${index}].staffId`, `${attendee.staffId} is listed more than once`);
    }
  });
  return attendees;
}

/** At least one judgement, one per heading at most. */
export function parseJudgements(input: unknown): AimJudgement[] {
  const judgements = parseList(input, 'judgements', { min: 1, max: AIM_HEADINGS.length }, (raw, field) => {
    const item = parseObjectItem(raw, field, '{ heading, judgement, comment }');
    return {
      heading: parseOneOf(AIM_HEADINGS, item.get('heading'), `${field}.heading`),
      judgement: parseOneOf(EIF_GRADES, item.get('judgement'), `${field}.judgement`),
      comment: parseSummary(item.get('comment'), `${field}.comment`),
    };
  });
  judgements.forEach((judgement, index) => {
    if (judgements.findIndex((other) => other.heading === judgement.heading) !== index) {
      throw DomainError.invalid(`judgements[${index}].heading`, `${judgement.heading} is judged more than once`);
    }
  });
  return judgements;
}

/** A priority as given: its text or the plan priority it names (or both), and its rating. */
export type AimPriorityInput = PlanPriorityReference & { rag: RagRating };

/**
 * The meeting ends with its priorities RAG rated (docs/DOMAIN.md, "Academy Improvement Meetings"), each a
 * text, or a priority of the academy's plan named by its id (holdAim checks it against the plan), once each.
 */
export function parsePriorities(input: unknown): AimPriorityInput[] {
  const priorities = parseList(input, 'priorities', { min: 1, max: MAX_ITEMS.priorities }, (raw, field) => {
    const item = parseObjectItem(raw, field, '{ priority?, rag, planPriorityId? }');
    return { ...parsePlanPriorityReference(item, field, 'priority'), rag: parseRagRating(item.get('rag'), `${field}.rag`) };
  });
  refuseRepeatedPlanPriorities(priorities, 'priorities');
  return priorities;
}

/** Seed 003: the meeting will "maintain a sharp focus on identifying the next steps for improvement". */
export function parseNextSteps(input: unknown): string[] {
  return parseTextList(input, 'nextSteps', { min: 1, max: MAX_ITEMS.nextSteps }, MAX_TEXT_LENGTH);
}
