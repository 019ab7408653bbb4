import type { AppendResult, EventStore } from '@trust/event-store';
import { synthesizeTrust, type SyntheticAppend, type SyntheticTrustOptions } from './synthetic-trust.js';

export interface WriteProgress {
  appends: number;
  events: number;
}

export interface WriteSyntheticTrustOptions extends SyntheticTrustOptions {
  /**
   * Shards appended concurrently, each awaiting its own appends in order (default 16): concurrent appends
   * are what the store's group commit coalesces. The events do not depend on it; only their positions do.
   */
  concurrency?: number;
  /** Called after every append (cheap: the counters only). */
  onProgress?: (progress: WriteProgress) => void;
}

export interface SyntheticTrustSummary {
  academies: number;
  years: number;
  appends: number;
  events: number;
  /** The highest position the store gave an event of the trust (null when nothing was appended). */
  lastPosition: bigint | null;
}

/**
 * Streams a synthetic trust into any EventStore, shard by shard, each append with its expected version.
 * Memory stays bounded: the generators hold each academy's small state and one append at a time per shard.
 */
export async function writeSyntheticTrust(store: EventStore, options: WriteSyntheticTrustOptions): Promise<SyntheticTrustSummary> {
  const shards = Math.max(1, Math.min(options.concurrency ?? 16, options.academies));
  const progress: WriteProgress = { appends: 0, events: 0 };
  let lastPosition: bigint | null = null;
  await Promise.all(
    Array.from({ length: shards }, async (_, shard) => {
      const generator = synthesizeTrust(options, { shard, shards });
      let step = await generator.next();
      while (step.done !== true) {
        const append: SyntheticAppend = step.value;
        const result = await store.append(append.streamId, append.events, { expectedVersion: append.expectedVersion });
        progress.appends += 1;
        progress.events += append.events.length;
        if (lastPosition === null || result.lastPosition > lastPosition) lastPosition = result.lastPosition;
        options.onProgress?.(progress);
        step = await generator.next(result);
      }
    }),
  );
  return { academies: options.academies, years: options.years, appends: progress.appends, events: progress.events, lastPosition };
}

/**
 * Runs the generator without a store, answering each append with made-up dense positions: counts the
 * trust's events (for a progress bar's total) and lets a test look at every append.
 */
export async function dryRunSyntheticTrust(options: SyntheticTrustOptions, visit?: (append: SyntheticAppend) => void): Promise<WriteProgress> {
  const generator = synthesizeTrust(options);
  const versions = new Map<string, number>();
  let position = 0n;
  let appends = 0;
  let events = 0;
  let step = await generator.next();
  while (step.done !== true) {
    const append = step.value;
    visit?.(append);
    const next = (versions.get(append.streamId) ?? -1) + append.events.length;
    versions.set(append.streamId, next);
    const result: AppendResult = { streamId: append.streamId, nextExpectedVersion: next, firstPosition: position + 1n, lastPosition: position + BigInt(append.events.length) };
    position = result.lastPosition;
    appends += 1;
    events += append.events.length;
    step = await generator.next(result);
  }
  return { appends, events };
}

/** How many academies make a trust of about `events` events over `years` years (from a dry run of a sample). */
export async function academiesForEvents(events: number, { years, seed }: Pick<SyntheticTrustOptions, 'years' | 'seed'>): Promise<number> {
  const sample = 24;
  const { events: sampled } = await dryRunSyntheticTrust({ academies: sample, years, seed });
  return Math.max(1, Math.round((events * sample) / sampled));
}
