import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { academyStreamId, domainEventCodec } from '@trust/domain';
import { PostgresEventStore } from '@trust/event-store';
import { readCheckpoints, waitForCheckpoint } from '@trust/projection-runner';
import { ACADEMY_CARD_PROJECTION, findAcademyCard } from '@trust/projections';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { WorkerModule } from './worker.module.js';

describe('the projection worker', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let writer: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('til_worker');
    writer = new PostgresEventStore(database.pool);
    worker = await NestFactory.createApplicationContext(WorkerModule.register({ pool: database.pool, databaseUrl: database.url, logLevel: 'silent' }), {
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
