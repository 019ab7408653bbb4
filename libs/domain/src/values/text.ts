import { DomainError } from '../shared/domain-error.js';

/** Free text (a name, a reason): trimmed, then required to be non-empty and at most `maxLength` characters. */
export function parseText(input: unknown, field: string, maxLength: number): string {
  if (typeof input !== 'string') {
    throw DomainError.invalid(field, 'must be text');
  }
  const text = input.trim();
  if (text.length === 0) {
    throw DomainError.invalid(field, 'must not be empty');
  }
  if (text.length > maxLength) {
    throw DomainError.invalid(field, `must be at most ${maxLength} characters`);
  }
  return text;
}
