/**
 * Why the domain refused a command. The API maps each kind to one status:
 * invalid → 400 (names the field), forbidden → 403, not-found → 404, conflict → 409, refused → 422.
 * `forbidden` is for a rule of the domain about who may act that no static role table can know (the host of
 * a peer review visit may not record what it found): the actor is known, and may not do this.
 */
export type DomainErrorKind = 'invalid' | 'forbidden' | 'not-found' | 'conflict' | 'refused';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The input field at fault, for `invalid`. */
    readonly field?: string,
  ) {
    super(message);
  }

  static invalid(field: string, message: string): DomainError {
    return new DomainError('invalid', `${field}: ${message}`, field);
  }
  static forbidden(message: string): DomainError {
    return new DomainError('forbidden', message);
  }
  static notFound(message: string): DomainError {
    return new DomainError('not-found', message);
  }
  static conflict(message: string): DomainError {
    return new DomainError('conflict', message);
  }
  static refused(message: string): DomainError {
    return new DomainError('refused', message);
  }
}
