import { createHash } from 'node:crypto';

/**
 * The server chooses the ids of what the demo makes (an improvement plan's priorities, actions and support
 * commitments, an AIM): a request that names one writes `{id:<key>}` where the id goes, `<key>` being the
 * Idempotency-Key of the request that made it, and the loader puts in the id that request's answer gave (the
 * same answer on every run, replayed by its key). So a request's own key, derived from its content with the
 * placeholders in, is the same on every run too. Ids are record ids (letters, digits, hyphens), safe in a path.
 */

/** An Idempotency-Key derived from a request's route and body: the same content, the same key. */
export function demoKey(path: string, body: Record<string, unknown>): string {
  return `demo-${createHash('sha256').update(`POST ${path}\n${JSON.stringify(body)}`).digest('hex').slice(0, 40)}`;
}

/** Where the id of what the request keyed `key` made goes. */
export const idOf = (key: string): string => `{id:${key}}`;

const PLACEHOLDER = /\{id:([^}]+)\}/g;

/** The ids answered so far, by the Idempotency-Key of the request that made each. */
export type DemoIds = Map<string, string>;

/** `value` with every placeholder replaced by the id it stands for; throws when one was not answered yet. */
export function resolveIds<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_match, key: string) => {
      const id = ids.get(key);
      if (id === undefined) throw new Error(`The demo names what request ${key} made before sending it`);
      return id;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => resolveIds(item, ids)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, resolveIds(item, ids)])) as T;
  }
  return value;
}

/** The keys of the requests whose answers `value` names. */
export function namedKeys(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}
