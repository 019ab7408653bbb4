import fc from 'fast-check';
import { withTransaction } from '@trust/database';
import type { RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { allProjections } from './index.js';
import { COMMAND_KINDS, Ledger, ScenarioRun, scenarios } from './test-support/accepted-commands.js';

/*
 * No projection may fail on an event the domain accepted: valid commands of every kind, dates at the edges
 * of the window included, are decided by the domain's deciders, and every event they produce is applied to
 * every read model on a real PostgreSQL, in batches of varying size.
 */

// A failure prints its seed; PROPERTY_SEED=<seed> replays it.
const SEED = Number(process.env['PROPERTY_SEED'] ?? 20_251_108);
const RUNS = 50;

describe('Every event the domain accepts, every projection applies', () => {
  let database: TestDatabase;
  const ledger = new Ledger();

  beforeAll(async () => {
    database = await createTestDatabase('til_accepted');
  });

  afterAll(async () => {
    await database.drop();
  });

  async function applyEverywhere(events: RecordedEvent[]): Promise<void> {
    for (const projection of allProjections()) {
      try {
        await withTransaction(database.pool, (client) => projection.apply(client, events));
      } catch (error: unknown) {
        const batch = events.map((event) => `${event.position} ${event.type} ${JSON.stringify(event.data).slice(0, 200)}`).join('\n  ');
        throw new Error(`${projection.name} failed on an accepted batch: ${error instanceof Error ? error.message : String(error)}\n  ${batch}`, { cause: error });
      }
    }
  }

  it('applies every accepted event to every projection', async () => {
    await fc.assert(
      fc.asyncProperty(scenarios, async ({ start, steps }) => {
        await new ScenarioRun(ledger, start, applyEverywhere).play(steps);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 120_000);

  it('tried every kind of command, and the domain accepted most of each, so none was skipped', () => {
    const shares = COMMAND_KINDS.map((kind) => {
      const { tried, accepted, recorded } = ledger.tally[kind];
      return { kind, tried, accepted, recorded, fair: tried >= 5 && accepted / tried >= 0.6 && recorded > 0 };
    });
    expect(shares.filter((share) => !share.fair)).toEqual([]);
  });
});
