import { DomainError } from '../shared/domain-error.js';
import { textProblem } from '../values/text.js';
import { MAX_PERSON_ID_LENGTH } from '../values/limits.js';

/**
 * The id of a person (a headteacher, a user): compared for identity, so it is refused rather than trimmed
 * when it has surrounding spaces. Any text otherwise: it may be a token's `sub`.
 */
export function parsePersonId(input: unknown, field: string): string {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_PERSON_ID_LENGTH) {
    throw DomainError.invalid(field, `must be an id of 1 to ${MAX_PERSON_ID_LENGTH} characters`);
  }
  const problem = textProblem(input);
  if (problem !== null) {
    throw DomainError.invalid(field, problem);
  }
  if (input.trim() !== input) {
    throw DomainError.invalid(field, 'must not begin or end with spaces');
  }
  return input;
}
