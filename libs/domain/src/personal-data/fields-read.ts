import type { EventDataReader } from '../events/event-data-reader.js';

/** The fields an event's reader reads: a field's name, and for a nested object or a list of them, its own fields. */
export interface FieldsRead {
  [field: string]: FieldsRead | null;
}

/**
 * Runs a catalogue entry's `read` on a reader that answers every field with a placeholder of the type
 * asked for and notes which fields were read: what an event of that type holds, found from the code
 * that reads it, not from a list kept by hand.
 */
export function fieldsRead(read: (data: EventDataReader) => unknown): FieldsRead {
  const fields: FieldsRead = {};
  read(recordingReader(fields));
  return fields;
}

function recordingReader(fields: FieldsRead): EventDataReader {
  const leaf = <T>(key: string, value: T): T => {
    if (!(key in fields)) fields[key] = null;
    return value;
  };
  const nested = (key: string): FieldsRead => {
    const existing = fields[key];
    if (existing !== null && existing !== undefined) return existing;
    const inner: FieldsRead = {};
    fields[key] = inner;
    return inner;
  };
  return {
    string: (key) => leaf(key, '2025-01-01'),
    number: (key) => leaf(key, 1),
    nullableNumber: (key) => leaf(key, 1),
    nullableString: (key) => leaf(key, '2025-01-01'),
    stringArray: (key) => leaf(key, ['2025-01-01']),
    oneOf: (key, options) => leaf(key, options[0]!),
    object: (key) => recordingReader(nested(key)),
    objectArray: (key) => [recordingReader(nested(key))],
    boolean: (key) => leaf(key, true),
    nullableObject: (key) => recordingReader(nested(key)),
    optionalOneOf: (key, options) => leaf(key, options[0]),
    numberOneOf: (key, options) => leaf(key, options[0]!),
    nullableOneOf: (key, options) => leaf(key, options[0]!),
    oneOfArray: (key, options) => leaf(key, [options[0]!]),
  };
}
