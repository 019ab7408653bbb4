/** A data subject, as the key store names them: their kind and the ledger's id of them (`staff:hd-014`). */
export type SubjectName = `${string}:${string}`;

/** A subject's key as it stands: live, or destroyed by an erasure. */
export type SubjectKey = { state: 'live'; key: Buffer } | { state: 'destroyed'; destroyedAt: Date };

/**
 * Where the data subjects' keys are kept: a port, so a cloud KMS can take the place of the PostgreSQL
 * table the ledger ships with (PostgresSubjectKeyStore).
 */
export interface SubjectKeyStore {
  /**
   * The keys to seal these subjects' data with, each made on first use: one look-up for a whole append.
   * Null for a subject erased: data about an erased subject is not stored at all (the caller stores the
   * erased marker).
   */
  keysForSealing(subjects: readonly SubjectName[]): Promise<Map<SubjectName, Buffer | null>>;
  /** The keys of these subjects as they stand, to open sealed fields; a subject without a key is absent. */
  keysForOpening(subjects: readonly SubjectName[]): Promise<Map<SubjectName, SubjectKey>>;
  /**
   * Destroys the subject's key: nothing sealed under it opens again. Idempotent: a second erasure answers
   * the first's moment (`already`). Null when the subject has no key (the ledger holds nothing about them).
   */
  destroy(subject: SubjectName, at: Date): Promise<{ destroyedAt: Date; already: boolean } | null>;
  /**
   * The subjects whose keys are live and whose names begin with `prefix`, in the order of their names:
   * at most `limit`, after `after` when given (a page; the next begins after the last of this one).
   */
  liveSubjects(prefix: string, page: { after?: SubjectName; limit: number }): Promise<SubjectName[]>;
}
