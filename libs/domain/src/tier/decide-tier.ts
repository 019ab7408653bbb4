import type { AcademyEvent } from '../academy/academy.events.js';
import { registeredAcademy } from '../academy/academy.state.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { academicYearOf, parseAcademicYear } from '../values/academic-year.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parsePersonId } from '../peer-review/person-id.js';
import { parseText } from '../values/text.js';
import { yearAfter } from './academic-year-steps.js';
import { recommendTier } from './recommend-tier.js';
import { SUPPORT_TIERS, type SupportTier } from './support-tier.js';
import type { DecideTier } from './tier.commands.js';
import type { TierDecisionMaker } from './tier.events.js';
import type { TierDecisionState } from './tier-decision.state.js';
import { MAX_LABEL_LENGTH, MAX_LONG_TEXT_LENGTH, MAX_NAME_LENGTH } from '../values/limits.js';


/**
 * A decision may differ from the recommendation only with a written rationale. The decision stores the
 * recommendation, the evidence snapshot (with the event positions it came from), who decided and when. A
 * revision mid-year is a new decision that supersedes the old one (docs/DOMAIN.md, "Support tiers").
 */
export function decideTier(command: DecideTier, state: TierDecisionState, { now }: DecisionContext): AcademyEvent[] {
  const decisionId = parseText(command.decisionId, 'decisionId', MAX_LABEL_LENGTH);
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const academicYear = parseAcademicYear(command.academicYear, 'academicYear');
  const nextYear = yearAfter(academicYearOf(now));
  if (academicYear > nextYear) {
    throw DomainError.invalid('academicYear', `must be no later than the next academic year, ${nextYear}`);
  }
  const tier = parseSupportTier(command.tier);
  const rationale = parseRationale(command.rationale);
  const decidedBy = parseDecisionMaker(command.decidedBy);

  registeredAcademy(state.academy, academyId);
  if (state.decisionIds.has(decisionId)) {
    throw DomainError.conflict(`tier decision ${decisionId} is already recorded`);
  }
  const { recommendedTier, reasons, missing, evidence } = recommendTier(state.evidence, academicYear);
  if (recommendedTier === null) {
    throw DomainError.refused(
      `no tier can be decided for ${academicYear} while evidence is missing: ${missing.join('; ')}`,
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
        decidedAt: now.toISOString(),
        supersedes: state.currentDecisions.get(academicYear) ?? null,
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
