import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { parseAcademyId, type AcademyId } from '../values/academy-id.js';
import { parseAcademyPhase } from '../values/academy-phase.js';
import { isoDateOf, parseIsoDate } from '../values/iso-date.js';
import { parseText } from '../values/text.js';
import type { RegisterAcademy } from './academy.commands.js';
import type { AcademyEvent } from './academy.events.js';
import type { AcademyState } from './academy.state.js';
import { MAX_NAME_LENGTH } from '../values/limits.js';

export function registerAcademy(
  command: RegisterAcademy,
  state: AcademyState,
  { now }: DecisionContext,
): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const name = parseText(command.name, 'name', MAX_NAME_LENGTH);
  const phase = parseAcademyPhase(command.phase, 'phase');
  const hub = parseText(command.hub, 'hub', MAX_NAME_LENGTH);
  const joinedOn = parseIsoDate(command.joinedOn, 'joinedOn');
  if (joinedOn > isoDateOf(now)) {
    throw DomainError.invalid('joinedOn', 'must not be in the future');
  }
  const predecessorUrns = parsePredecessorUrns(command.predecessorUrns, academyId);

  if (state.status === 'registered') {
    throw DomainError.conflict(`academy ${academyId} is already registered`);
  }
  return [{ type: 'AcademyRegistered', data: { academyId, name, phase, hub, joinedOn, predecessorUrns } }];
}

/**
 * The URNs a converting or re-brokered school held before its current one: each a URN, none repeated,
 * none the current URN.
 */
function parsePredecessorUrns(input: unknown, academyId: AcademyId): string[] {
  if (input === undefined || input === null) {
    return [];
  }
  if (!Array.isArray(input)) {
    throw DomainError.invalid('predecessorUrns', 'must be a list of URNs');
  }
  const urns: string[] = [];
  input.forEach((raw: unknown, index) => {
    const field = `predecessorUrns[${index}]`;
    const urn = parseAcademyId(raw, field);
    if (urn === academyId) {
      throw DomainError.invalid(field, `${urn} is the academy's own URN, not a predecessor`);
    }
    if (urns.includes(urn)) {
      throw DomainError.invalid(field, `${urn} is listed more than once`);
    }
    urns.push(urn);
  });
  return urns;
}
