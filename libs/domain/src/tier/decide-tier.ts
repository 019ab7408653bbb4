import type { AcademyEvent } from '../academy/academy.events.js';
import { registeredAcademy } from '../academy/academy.state.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { parseDayOrToday } from '../evidence/not-in-future.js';
import { academicYearOf, parseAcademicYear } from '../values/academic-year.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parsePersonId } from '../peer-review/person-id.js';
import { parseText } from '../values/text.js';
import { yearAfter } from './academic-year-steps.js';
import { evidenceOnlyLater, recommendTier } from './recommend-tier.js';
import { SUPPORT_TIERS, type SupportTier } from './support-tier.js';
import type { DecideTier } from './tier.commands.js';
import type { TierDecisionMaker } from './tier.events.js';
import type { TierDecisionState } from './tier-decision.state.js';
import { MAX_LABEL_LENGTH, MAX_LONG_TEXT_LENGTH, MAX_NAME_LENGTH } from '../values/limits.js';

/**
 * A decision may differ from the recommendation only with a written rationale. The decision stores the
 * recommendation, the evidence snapshot (with the event positions it came from), who decided and when. A
 * revision mid-year is a new decision that supersedes the old one (docs/DOMAIN.md, "Support tiers").
 *
 * A decision may be recorded after the day it was made (`decidedOn`, a past year's decision brought into
 * the ledger). It is then judged as on that day: the academic year no later than the one after that day's,
 * the evidence in effect by that day alone (recommendTier), never before the academy joined the trust,
 * and never before the decision it revises.
 */
export function decideTier(command: DecideTier, state: TierDecisionState, { now }: DecisionContext): AcademyEvent[] {
  const decisionId = parseText(command.decisionId, 'decisionId', MAX_LABEL_LENGTH);
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const academicYear = parseAcademicYear(command.academicYear, 'academicYear');
  // The day the decision was made: a real day, not after today; today when not given.
  const decidedOn = parseDayOrToday(command.decidedOn, 'decidedOn', now);
  // A decision made on an earlier day than today says which, where the day matters to a refusal.
  const madeEarlier = command.decidedOn !== undefined && command.decidedOn !== null;
  const nextYear = yearAfter(academicYearOf(decidedOn));
  if (academicYear > nextYear) {
    const made = madeEarlier ? ` of a decision made on ${decidedOn}` : '';
    throw DomainError.invalid('academicYear', `must be no later than the next academic year${made}, ${nextYear}`);
  }
  const tier = parseSupportTier(command.tier);
  const rationale = parseRationale(command.rationale);
  const decidedBy = parseDecisionMaker(command.decidedBy);

  registeredAcademy(state.academy, academyId);
  if (state.decisionIds.has(decisionId)) {
    throw DomainError.conflict(`tier decision ${decisionId} is already recorded`);
  }
  if (state.joinedOn !== null && decidedOn < state.joinedOn) {
    throw DomainError.refused(
      `a tier decision made on ${decidedOn} is before academy ${academyId} joined the trust on ${state.joinedOn}`,
    );
  }
  const inForce = state.currentDecisions.get(academicYear);
  if (inForce !== undefined && decidedOn < inForce.decidedOn) {
    throw DomainError.refused(
      `a tier decision made on ${decidedOn} cannot revise decision ${inForce.decisionId} of ${academicYear}, made later, on ${inForce.decidedOn}`,
    );
  }
  const { recommendedTier, reasons, missing, evidence } = recommendTier(state.evidence, academicYear, decidedOn);
  if (recommendedTier === null) {
    const later = evidenceOnlyLater(evidence, recommendTier(state.evidence, academicYear).evidence);
    const notYet =
      later.length === 0
        ? ''
        : `; recorded evidence dated after ${decidedOn} cannot be cited by a decision made that day (${later.join('; ')})`;
    throw DomainError.refused(
      `no tier can be decided for ${academicYear}${madeEarlier ? ` on ${decidedOn}` : ''} while evidence is missing: ${missing.join('; ')}${notYet}`,
    );
  }
  const override = tier !== recommendedTier;
  if (override && rationale === null) {
    throw DomainError.refused(
      `the evidence recommends Tier ${recommendedTier}; deciding Tier ${tier} needs a written rationale`,
    );
  }
  return [
    {
      type: 'TierAssigned',
      data: {
        decisionId,
        academyId,
        academicYear,
        tier,
        recommendedTier,
        override,
        rationale,
        reasons,
        missing,
        evidence,
        decidedBy,
        decidedOn,
        decidedAt: now.toISOString(),
        supersedes: inForce?.decisionId ?? null,
      },
    },
  ];
}

function parseSupportTier(input: unknown): SupportTier {
  const tier = SUPPORT_TIERS.find((known) => known === input);
  if (tier === undefined) {
    throw DomainError.invalid('tier', 'must be 1, 2 or 3');
  }
  return tier;
}

/** A blank rationale is no rationale. */
function parseRationale(input: unknown): string | null {
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) {
    return null;
  }
  return parseText(input, 'rationale', MAX_LONG_TEXT_LENGTH);
}

function parseDecisionMaker(input: unknown): TierDecisionMaker {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw DomainError.invalid('decidedBy', 'must be { userId, name, role }');
  }
  const maker = input as Record<string, unknown>;
  return {
    userId: parsePersonId(maker['userId'], 'decidedBy.userId'),
    name: parseText(maker['name'], 'decidedBy.name', MAX_NAME_LENGTH),
    role: parseText(maker['role'], 'decidedBy.role', MAX_LABEL_LENGTH),
  };
}
