import { EventCodecError } from './event-codec-error.js';

/**
 * Reads the fields of stored event data, checking each has the JSON type the event declares. It checks
 * shape, not business rules: those held when the event was decided, and may since have changed.
 */
export interface EventDataReader {
  string(key: string): string;
  number(key: string): number;
  nullableNumber(key: string): number | null;
  stringArray(key: string): string[];
  oneOf<const T extends string>(key: string, options: readonly T[]): T;
}

/** `source` names the stored event in error messages, e.g. `KpiRecorded v1`. */
export function eventDataReader(source: string, data: Record<string, unknown>): EventDataReader {
  const fail = (key: string, expected: string): never => {
    const found = data[key] === undefined ? 'nothing' : JSON.stringify(data[key]);
    throw new EventCodecError(`${source}: data.${key} must be ${expected}, found ${found}`);
  };
  return {
    string(key) {
      const value = data[key];
      return typeof value === 'string' ? value : fail(key, 'a string');
    },
    number(key) {
      const value = data[key];
      return typeof value === 'number' && Number.isFinite(value) ? value : fail(key, 'a number');
    },
    nullableNumber(key) {
      const value = data[key];
      if (value === null) {
        return null;
      }
      return typeof value === 'number' && Number.isFinite(value) ? value : fail(key, 'a number or null');
    },
    stringArray(key) {
      const value = data[key];
      if (!Array.isArray(value)) {
        return fail(key, 'a list of strings');
      }
      return value.map((item: unknown) => (typeof item === 'string' ? item : fail(key, 'a list of strings')));
    },
    oneOf(key, options) {
      const value = options.find((option) => option === data[key]);
      return value ?? fail(key, `one of ${options.join(', ')}`);
    },
  };
}
