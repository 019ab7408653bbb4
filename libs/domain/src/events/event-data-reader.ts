import { EventCodecError } from './event-codec-error.js';

/**
 * Reads the fields of stored event data, checking each has the JSON type the event declares. It checks
 * shape, not business rules: those held when the event was decided, and may since have changed.
 */
export interface EventDataReader {
  string(key: string): string;
  number(key: string): number;
  nullableNumber(key: string): number | null;
  nullableString(key: string): string | null;
  stringArray(key: string): string[];
  oneOf<const T extends string>(key: string, options: readonly T[]): T;
  /** A nested JSON object, read field by field like the event's own data. */
  object(key: string): EventDataReader;
  /** A list of JSON objects, each read field by field. */
  objectArray(key: string): EventDataReader[];
  boolean(key: string): boolean;
  nullableObject(key: string): EventDataReader | null;
  /** A field the data may leave out (undefined when absent), else one of `options`. */
  optionalOneOf<const T extends string>(key: string, options: readonly T[]): T | undefined;
  /** A number from a closed list (a support tier, say). */
  numberOneOf<const T extends number>(key: string, options: readonly T[]): T;
  /** Null, or one of `options` (a RAG rating given only to some documents, say). */
  nullableOneOf<const T extends string>(key: string, options: readonly T[]): T | null;
  /** A list whose every item is one of `options`. */
  oneOfArray<const T extends string>(key: string, options: readonly T[]): T[];
}

/**
 * `source` names the stored event in error messages, e.g. `KpiRecorded v1`; `path` is where `data` sits
 * in the event, e.g. `data.rates` for a nested object.
 */
export function eventDataReader(source: string, data: Record<string, unknown>, path = 'data'): EventDataReader {
  const fail = (key: string, expected: string): never => {
    const found = data[key] === undefined ? 'nothing' : JSON.stringify(data[key]);
    throw new EventCodecError(`${source}: ${path}.${key} must be ${expected}, found ${found}`);
  };
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
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
    nullableString(key) {
      const value = data[key];
      if (value === null) {
        return null;
      }
      return typeof value === 'string' ? value : fail(key, 'a string or null');
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
    object(key) {
      const value = data[key];
      return isObject(value) ? eventDataReader(source, value, `${path}.${key}`) : fail(key, 'an object');
    },
    objectArray(key) {
      const value = data[key];
      if (!Array.isArray(value)) {
        return fail(key, 'a list of objects');
      }
      return value.map((item: unknown, index) =>
        isObject(item) ? eventDataReader(source, item, `${path}.${key}[${index}]`) : fail(key, 'a list of objects'),
      );
    },
    boolean(key) {
      const value = data[key];
      return typeof value === 'boolean' ? value : fail(key, 'true or false');
    },
    nullableObject(key) {
      const value = data[key];
      if (value === null) {
        return null;
      }
      return isObject(value) ? eventDataReader(source, value, `${path}.${key}`) : fail(key, 'an object or null');
    },
    optionalOneOf(key, options) {
      if (data[key] === undefined) {
        return undefined;
      }
      const value = options.find((option) => option === data[key]);
      return value ?? fail(key, `absent or one of ${options.join(', ')}`);
    },
    numberOneOf(key, options) {
      const value = options.find((option) => option === data[key]);
      return value ?? fail(key, `one of ${options.join(', ')}`);
    },
    nullableOneOf(key, options) {
      if (data[key] === null) {
        return null;
      }
      const value = options.find((option) => option === data[key]);
      return value ?? fail(key, `null or one of ${options.join(', ')}`);
    },
    oneOfArray(key, options) {
      const value = data[key];
      const expected = `a list of ${options.join(', ')}`;
      if (!Array.isArray(value)) {
        return fail(key, expected);
      }
      return value.map((item: unknown) => options.find((option) => option === item) ?? fail(key, expected));
    },
  };
}
