import { randomBytes } from 'node:crypto';
import { PostgresSubjectKeyStore } from '@trust/personal-data';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { academyStreamId, domainEventCodec } from '@trust/domain';
import { createEventStoreFromConfig, PostgresEventStore } from '@trust/event-store';
import { readCheckpoints, waitForCheckpoint, type ProjectionRunner } from '@trust/projection-runner';
import { ACADEMY_CARD_PROJECTION, findAcademyCard } from '@trust/projections';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { WORKER_PROJECTION_RUNNER, WorkerModule } from './worker.module.js';

describe('the projection worker', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let writer: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('til_worker');
    writer = new PostgresEventStore(database.pool);
    const store = await createEventStoreFromConfig({ kind: 'postgres' }, { pool: database.pool, listenUrl: database.url });
    worker = await NestFactory.createApplicationContext(WorkerModule.register({ pool: database.pool, store, keys: new PostgresSubjectKeyStore(database.pool, randomBytes(32)), logLevel: 'silent' }), {
      logger: false,
      abortOnError: false,
    });
  }, 30_000);

  afterAll(async () => {
    await writer.close();
    await database.drop();
  });

  it('keeps the read models following the events another process appends, and records a clean stop', async () => {
    const event = domainEventCodec.encode({
      type: 'AcademyRegistered',
      data: { academyId: '600001', name: 'Worker Test Academy', phase: 'special', hub: 'East', joinedOn: '2020-01-06', predecessorUrns: [] },
    });
    const appended = await writer.append(
      academyStreamId('600001'),
      [{ eventId: randomUUID(), ...event, metadata: { actor: { userId: 'test', role: 'test' }, correlationId: 'c', causationId: 'c', idempotencyKey: null } }],
      { expectedVersion: 'no-stream' },
    );

    expect(await waitForCheckpoint(database.pool, [ACADEMY_CARD_PROJECTION], appended.lastPosition, 10_000)).toBe(true);
    expect(await findAcademyCard(database.pool, '600001')).toMatchObject({ academyId: '600001', name: 'Worker Test Academy' });

    await worker.close();
    const [checkpoint] = await readCheckpoints(database.pool, [ACADEMY_CARD_PROJECTION]);
    expect(checkpoint).toMatchObject({ status: 'stopped', position: appended.lastPosition });
  });
});

describe('the projection worker at start', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('til_worker_start');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('refuses PROJECTIONS naming an unknown projection, listing the known ones', async () => {
    const store = new PostgresEventStore(database.pool);
    try {
      expect(() => WorkerModule.register({ pool: database.pool, store, keys: new PostgresSubjectKeyStore(database.pool, randomBytes(32)), projections: ['academy-cards'], logLevel: 'silent' })).toThrow(
        'Unknown projection "academy-cards": the projections are academy-card',
      );
    } finally {
      await store.close();
    }
  });

  it('runs only the projections it is given, and closes the store it was given', async () => {
    const store = new PostgresEventStore(database.pool);
    const worker = await NestFactory.createApplicationContext(
      WorkerModule.register({ pool: database.pool, store, keys: new PostgresSubjectKeyStore(database.pool, randomBytes(32)), projections: [ACADEMY_CARD_PROJECTION], logLevel: 'silent' }),
      { logger: false, abortOnError: false },
    );
    try {
      await worker.init();
      expect(worker.get<ProjectionRunner>(WORKER_PROJECTION_RUNNER).status().map((status) => status.name)).toEqual([ACADEMY_CARD_PROJECTION]);
    } finally {
      await worker.close();
    }
    await expect(store.append('after-close', [], { expectedVersion: 'any' })).rejects.toThrow(/closed/);
  });
});
