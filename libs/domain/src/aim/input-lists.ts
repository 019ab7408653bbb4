import { DomainError } from '../shared/domain-error.js';
import { parseText } from '../values/text.js';

/** Bounds on a list in a command: a payload is stored for ever, so no list is unbounded. */
export interface ListBounds {
  min: number;
  max: number;
}

/** A list whose items are each parsed by `parseItem`, which is given the item's field (`nextSteps[2]`). */
export function parseList<T>(
  input: unknown,
  field: string,
  { min, max }: ListBounds,
  parseItem: (raw: unknown, itemField: string) => T,
): T[] {
  if (!Array.isArray(input)) {
    throw DomainError.invalid(field, 'must be a list');
  }
  if (input.length < min) {
    throw DomainError.invalid(field, min === 1 ? 'must list at least one item' : `must list at least ${min} items`);
  }
  if (input.length > max) {
    throw DomainError.invalid(field, `must list at most ${max} items`);
  }
  return input.map((raw: unknown, index) => parseItem(raw, `${field}[${index}]`));
}

/** A list of free texts, each trimmed and 1–`maxLength` characters. */
export function parseTextList(input: unknown, field: string, bounds: ListBounds, maxLength: number): string[] {
  return parseList(input, field, bounds, (raw, itemField) => parseText(raw, itemField, maxLength));
}

/** An item of a list that must be a JSON object, read field by field. */
export function parseObjectItem(raw: unknown, field: string, shape: string): ReadonlyMap<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw DomainError.invalid(field, `must be ${shape}`);
  }
  return new Map<string, unknown>(Object.entries(raw));
}
