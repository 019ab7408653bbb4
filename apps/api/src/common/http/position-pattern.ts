/** A global position in the event store, as the API writes and reads it: a decimal string (it may exceed 2^53). */
export const POSITION_PATTERN = '^\\d+$';
