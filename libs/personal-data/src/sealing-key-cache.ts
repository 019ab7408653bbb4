import { performance } from 'node:perf_hooks';
import type { SubjectName } from './subject-key-store.js';

/** How long a key is reused for sealing without asking the database again, and how many are kept. */
export interface SealingKeyCacheOptions {
  ttlMs: number;
  maxKeys: number;
}

export const DEFAULT_SEALING_KEY_CACHE: SealingKeyCacheOptions = { ttlMs: 30_000, maxKeys: 10_000 };

/**
 * Live keys recently used for sealing, so an append of a known subject costs no round trip. Only sealing
 * uses it, never opening: a key destroyed by another process meanwhile may seal a little more data for at
 * most `ttlMs`, and that data is as erased as the rest (nobody can open it: the key is gone from the
 * database, and every read says `[erased]`). Opening always asks the database. Bounded: the oldest goes first.
 */
export class SealingKeyCache {
  private readonly keys = new Map<SubjectName, { key: Buffer; until: number }>();

  constructor(private readonly options: SealingKeyCacheOptions = DEFAULT_SEALING_KEY_CACHE) {}

  get(subject: SubjectName): Buffer | undefined {
    const held = this.keys.get(subject);
    if (held === undefined) return undefined;
    if (held.until <= performance.now()) {
      this.keys.delete(subject);
      return undefined;
    }
    return held.key;
  }

  put(subject: SubjectName, key: Buffer): void {
    if (this.options.maxKeys <= 0) return;
    this.keys.delete(subject);
    this.keys.set(subject, { key, until: performance.now() + this.options.ttlMs });
    if (this.keys.size > this.options.maxKeys) this.keys.delete(this.keys.keys().next().value!);
  }

  forget(subject: SubjectName): void {
    this.keys.delete(subject);
  }
}
