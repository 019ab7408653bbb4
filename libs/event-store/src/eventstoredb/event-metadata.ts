import type { EventMetadata, ImportOrigin } from '../event-store.js';

/**
 * The JSON metadata stored with every event. `$correlationId` and `$causationId` repeat ours under
 * the names EventStoreDB's own projections and tooling read.
 */
export type StoredMetadata = {
  schemaVersion: number;
  actor: { userId: string; role: string };
  correlationId: string;
  causationId: string;
  idempotencyKey: string | null;
  commandType?: string;
  import?: ImportOrigin;
  $correlationId: string;
  $causationId: string;
};

export function encodeMetadata(schemaVersion: number, metadata: EventMetadata): StoredMetadata {
  return {
    schemaVersion,
    actor: { userId: metadata.actor.userId, role: metadata.actor.role },
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    idempotencyKey: metadata.idempotencyKey,
    ...(metadata.commandType === undefined ? {} : { commandType: metadata.commandType }),
    ...(metadata.import === undefined ? {} : { import: { ...metadata.import } }),
    $correlationId: metadata.correlationId,
    $causationId: metadata.causationId,
  };
}

/** Reads back what {@link encodeMetadata} wrote; throws, naming the field, on anything else. */
export function decodeMetadata(stored: unknown): { schemaVersion: number; metadata: EventMetadata } {
  if (!isRecord(stored)) throw new TypeError('Event metadata is not a JSON object');
  const { schemaVersion, actor, correlationId, causationId, idempotencyKey, commandType, import: origin } = stored;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new TypeError('Event metadata has no valid schemaVersion');
  }
  if (!isRecord(actor) || typeof actor['userId'] !== 'string' || typeof actor['role'] !== 'string') {
    throw new TypeError('Event metadata has no valid actor');
  }
  if (typeof correlationId !== 'string') throw new TypeError('Event metadata has no valid correlationId');
  if (typeof causationId !== 'string') throw new TypeError('Event metadata has no valid causationId');
  if (idempotencyKey !== null && typeof idempotencyKey !== 'string') throw new TypeError('Event metadata has no valid idempotencyKey');
  if (commandType !== undefined && typeof commandType !== 'string') throw new TypeError('Event metadata has no valid commandType');
  if (origin !== undefined && !isImportOrigin(origin)) throw new TypeError('Event metadata has no valid import');
  return {
    schemaVersion,
    metadata: {
      actor: { userId: actor['userId'], role: actor['role'] },
      correlationId,
      causationId,
      idempotencyKey,
      ...(commandType === undefined ? {} : { commandType }),
      ...(origin === undefined ? {} : { import: { kind: origin.kind, fileName: origin.fileName, sha256: origin.sha256, row: origin.row } }),
    },
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function isImportOrigin(value: unknown): value is ImportOrigin {
  return (
    isRecord(value) &&
    typeof value['kind'] === 'string' &&
    typeof value['fileName'] === 'string' &&
    typeof value['sha256'] === 'string' &&
    typeof value['row'] === 'number' &&
    Number.isInteger(value['row'])
  );
}
