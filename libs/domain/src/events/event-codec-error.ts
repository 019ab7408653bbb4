/**
 * A stored event the codec cannot turn into a domain event (or the reverse): an unknown type, a schema
 * version newer than this build knows, or data of the wrong shape. A fault in the store or the build,
 * never in a user's input, so it is not a DomainError.
 */
export class EventCodecError extends Error {
  override readonly name = 'EventCodecError';
}
