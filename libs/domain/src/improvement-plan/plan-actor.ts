import { DomainError } from '../shared/domain-error.js';
import { parsePersonId } from '../peer-review/person-id.js';
import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH } from '../values/limits.js';
import { parseText } from '../values/text.js';

/** Who rated a priority or committed support, as the API authenticated them (as a tier decision keeps its maker). */
export type PlanActor = { userId: string; name: string; role: string };

export function parsePlanActor(input: unknown, field: string): PlanActor {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw DomainError.invalid(field, 'must be { userId, name, role }');
  }
  const actor = new Map<string, unknown>(Object.entries(input));
  return {
    userId: parsePersonId(actor.get('userId'), `${field}.userId`),
    name: parseText(actor.get('name'), `${field}.name`, MAX_NAME_LENGTH),
    role: parseText(actor.get('role'), `${field}.role`, MAX_LABEL_LENGTH),
  };
}
