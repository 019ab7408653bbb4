import type { DecisionContext } from '../../shared/decider.js';
import { DomainError } from '../../shared/domain-error.js';
import { linkPlanCommitment, parseCommitmentId } from '../../improvement-plan/plan-look-up.js';
import { academicYearOf } from '../../values/academic-year.js';
import { parseAcademyId, type AcademyId } from '../../values/academy-id.js';
import { parseText } from '../../values/text.js';
import { parseDeliveredOn } from '../delivered-on.js';
import { rateFor } from '../rate-card/rate-card.js';
import { parseSupportDays } from '../support-days.js';
import { CENTRALLY_EMPLOYED_ROLES, parseSupportRole, type SupportRole } from '../support-role.js';
import { parseRechargeId } from './recharge-id.js';
import type { LogRecharge } from './recharge.commands.js';
import type { RechargeEvent } from './recharge.events.js';
import type { RechargeState } from './recharge.state.js';
import { MAX_TEXT_LENGTH } from '../../values/limits.js';


export function logRecharge(command: LogRecharge, state: RechargeState, { now }: DecisionContext): RechargeEvent[] {
  const rechargeId = parseRechargeId(command.rechargeId, 'rechargeId');
  const supportedAcademyId = parseAcademyId(command.supportedAcademyId, 'supportedAcademyId');
  const providerRole = parseSupportRole(command.providerRole, 'providerRole');
  const providerAcademyId = parseProviderAcademyId(command.providerAcademyId, providerRole);
  const days = parseSupportDays(command.days, 'days');
  const deliveredOn = parseDeliveredOn(command.deliveredOn, 'deliveredOn', now);
  const description = parseText(command.description, 'description', MAX_TEXT_LENGTH);
  const commitmentId = parseCommitmentId(command.commitmentId, 'commitmentId');
  const academicYear = academicYearOf(deliveredOn);
  const rateCard = command.rateCard ?? null;
  if (rateCard !== null && rateCard.academicYear !== academicYear) {
    throw DomainError.invalid(
      'rateCard',
      `is the rate card for ${rateCard.academicYear}, but the support was delivered in ${academicYear}`,
    );
  }

  if (providerAcademyId === supportedAcademyId) {
    throw DomainError.refused(
      `academy ${supportedAcademyId} cannot recharge itself: the provider academy must be another academy of the trust`,
    );
  }
  if (state.status !== 'not-logged') {
    throw DomainError.conflict(`recharge ${rechargeId} is already logged`);
  }
  linkPlanCommitment(commitmentId, command.plan, supportedAcademyId, academicYear);

  const ratePence = rateFor(rateCard, providerRole);
  // Rates are even (see SetRateCard), so half a rate times the half days is exact, whole pence.
  const amountPence = (ratePence / 2) * (days * 2);
  return [
    {
      type: 'RechargeLogged',
      data: {
        rechargeId,
        supportedAcademyId,
        providerRole,
        providerAcademyId,
        days,
        deliveredOn,
        academicYear,
        description,
        ratePence,
        amountPence,
        commitmentId,
      },
    },
  ];
}

/**
 * Seed 003: the AID and HILs are employed by the trust, so their days are income to the trust centre
 * (null); a headteacher's are "income to the supporting colleague's academy", to back-fill their time
 * in their own school; teachers and support staff may be employed by an academy or centrally.
 */
function parseProviderAcademyId(input: unknown, role: SupportRole): AcademyId | null {
  if (CENTRALLY_EMPLOYED_ROLES.includes(role)) {
    if (input !== null) {
      throw DomainError.invalid(
        'providerAcademyId',
        `must be null for the ${role}: they are employed by the trust, so the income is the trust centre's`,
      );
    }
    return null;
  }
  if (input === null && role === 'headteacher') {
    throw DomainError.invalid(
      'providerAcademyId',
      "must be the headteacher's academy: the recharge is income to the academy that back-fills their time",
    );
  }
  return input === null ? null : parseAcademyId(input, 'providerAcademyId');
}
