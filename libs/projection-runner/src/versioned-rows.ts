import type pg from 'pg';
import type { Position } from '@trust/event-store';

/**
 * Temporal read-model rows: the one mechanism behind every `asOf` answer.
 *
 * Each stored row carries the range of global positions it is valid for: `valid_from`, the position
 * of the event that produced this version, and `valid_to`, the position of the event that replaced
 * it (NULL while it is current), both numeric(39,0). A writer never updates a row's content in place:
 * it closes the current version and inserts the new one. A live query reads `valid_to IS NULL`; an
 * as-of query reads the version valid at a position, a B-tree lookup on (key..., valid_from), so its
 * cost stays flat however long the history grows (no replay, no snapshot to load and fold forward).
 */

/**
 * When a read-model query reads, on both time axes: `position`, as recorded (the versions valid at
 * that global position; the current ones when null); `on`, as effective (an ISO date: only facts
 * effective on or before it; every date when null).
 */
export interface ReadAt {
  readonly position: Position | null;
  readonly on: string | null;
}

export const LIVE: ReadAt = { position: null, on: null };

/** A table of versioned rows and the columns that identify one row across its versions. */
export interface VersionedTable {
  /** Unqualified, so a rebuild's search_path can point it at a shadow schema. */
  readonly table: string;
  readonly keyColumns: readonly string[];
}

/** A new version of a row (every column but valid_from / valid_to, as JSON values) and the position of the event that produced it. */
export interface RowVersion {
  readonly row: Readonly<Record<string, unknown>>;
  readonly position: Position;
}

/** A row that ends (no longer in the read model) at the position of the event that removed it. */
export interface RowEnd {
  readonly key: Readonly<Record<string, unknown>>;
  readonly position: Position;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new RangeError(`Not a plain SQL identifier: ${name}`);
  return name;
}

function keyOf(keyColumns: readonly string[], row: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(keyColumns.map((column) => row[column] ?? null));
}

/**
 * Writes new versions, given in position order (several versions of one row may come in one batch: one per
 * event that changed it, so every position stays answerable). The current version of each row is
 * closed at the position of its first new version; within the batch each version is closed by the
 * next. A version at or before the latest stored one (an event applied twice) is left out.
 */
export async function writeVersions(client: pg.PoolClient, { table, keyColumns }: VersionedTable, versions: readonly RowVersion[]): Promise<void> {
  if (versions.length === 0) return;
  const name = identifier(table);
  const keys = keyColumns.map(identifier);
  // An event delivered twice in one batch repeats versions: keep each key's versions in increasing position.
  const latest = new Map<string, Position>();
  const ordered = versions.filter((version) => {
    const key = keyOf(keys, version.row);
    const before = latest.get(key);
    if (before !== undefined && version.position <= before) return false;
    latest.set(key, version.position);
    return true;
  });
  const next = new Map<string, Position>();
  const rows: Record<string, unknown>[] = [];
  // The key and valid_from of each version: all the closing UPDATE needs, so it parses a small payload, not every row.
  const starts: Record<string, unknown>[] = [];
  for (const version of [...ordered].reverse()) {
    const key = keyOf(keys, version.row);
    const validTo = next.get(key);
    const validFrom = version.position.toString();
    rows.push({ ...version.row, valid_from: validFrom, valid_to: validTo?.toString() ?? null });
    starts.push({ ...Object.fromEntries(keys.map((column) => [column, version.row[column] ?? null])), valid_from: validFrom });
    next.set(key, version.position);
  }
  rows.reverse();
  const columns = Object.keys(rows[0] ?? {}).map(identifier);
  const match = (left: string, right: string): string => keys.map((column) => `${left}.${column} = ${right}.${column}`).join(' AND ');
  const versionsOf = `jsonb_populate_recordset(NULL::${name}, $1::jsonb)`;
  // Only versions after the stored ones count: a batch applied again (or overlapping one already
  // applied) neither closes a version twice nor inserts one it already holds.
  await client.query(
    `UPDATE ${name} t SET valid_to = n.first
       FROM (SELECT ${keys.map((column) => `c.${column}`).join(', ')}, c.valid_from AS current_from, min(v.valid_from) AS first
               FROM ${name} c JOIN ${versionsOf} v ON ${match('c', 'v')} AND v.valid_from > c.valid_from
              WHERE c.valid_to IS NULL
              GROUP BY ${keys.map((column) => `c.${column}`).join(', ')}, c.valid_from) n
      WHERE ${match('t', 'n')} AND t.valid_from = n.current_from AND t.valid_to IS NULL`,
    [JSON.stringify(starts)],
  );
  await client.query(
    `INSERT INTO ${name} (${columns.join(', ')})
     SELECT ${columns.map((column) => `v.${column}`).join(', ')} FROM ${versionsOf} v
      WHERE NOT EXISTS (SELECT 1 FROM ${name} s WHERE ${match('s', 'v')} AND s.valid_from >= v.valid_from)
     ON CONFLICT (${keys.join(', ')}, valid_from) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

/** Closes the current version of each row at the position of the event that removed it. */
export async function closeVersions(client: pg.PoolClient, { table, keyColumns }: VersionedTable, ends: readonly RowEnd[]): Promise<void> {
  if (ends.length === 0) return;
  const name = identifier(table);
  const keys = keyColumns.map(identifier);
  const payload = JSON.stringify(ends.map(({ key, position }) => ({ ...key, valid_to: position.toString() })));
  await client.query(
    `UPDATE ${name} t SET valid_to = v.valid_to
       FROM jsonb_populate_recordset(NULL::${name}, $1::jsonb) v
      WHERE ${keys.map((column) => `t.${column} = v.${column}`).join(' AND ')} AND t.valid_to IS NULL AND t.valid_from < v.valid_to`,
    [payload],
  );
}

/**
 * The WHERE fragment that picks, for `alias`, the versions valid at `position` (the current ones when
 * null). Appends the position to `params` and refers to it by number.
 */
export function validAt(alias: string, position: Position | null, params: unknown[]): string {
  const column = (name: string): string => (alias === '' ? name : `${identifier(alias)}.${name}`);
  if (position === null) return `${column('valid_to')} IS NULL`;
  params.push(position.toString());
  const parameter = `$${params.length}::numeric`;
  return `${column('valid_from')} <= ${parameter} AND (${column('valid_to')} IS NULL OR ${column('valid_to')} > ${parameter})`;
}

/** The WHERE fragment that keeps, for `alias`, the facts effective on or before `on` (its `effective_on` column); TRUE when null. */
export function effectiveBy(alias: string, on: string | null, params: unknown[]): string {
  if (on === null) return 'TRUE';
  params.push(on);
  return `${alias === '' ? '' : `${identifier(alias)}.`}effective_on <= $${params.length}::date`;
}
