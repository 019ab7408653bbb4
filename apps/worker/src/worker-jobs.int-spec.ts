import { PostgresSubjectKeyStore } from '@trust/personal-data';
import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { academyStreamId, domainEventCodec } from '@trust/domain';
import { createEventStoreFromConfig, PostgresEventStore } from '@trust/event-store';
import { createJobQueue, type JobQueue, type JobView } from '@trust/jobs';
import { REBUILD_JOB, rebuildJobId, waitForCheckpoint, type RebuildJobData } from '@trust/projection-runner';
import { ACADEMY_CARD_PROJECTION, findAcademyCard } from '@trust/projections';
import { createTestDatabase, waitUntil, type TestDatabase } from '@trust/testing';
import { WorkerModule } from './worker.module.js';

const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('the worker with REDIS_URL: runs the rebuilds the API enqueues on BullMQ', () => {
  const prefix = `til-worker-test-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let producer: JobQueue;
  let writer: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('til_worker_jobs');
    writer = new PostgresEventStore(database.pool);
    const store = await createEventStoreFromConfig({ kind: 'postgres' }, { pool: database.pool, listenUrl: database.url });
    const jobs = await createJobQueue({ redisUrl, prefix });
    worker = await NestFactory.createApplicationContext(WorkerModule.register({ pool: database.pool, store, keys: new PostgresSubjectKeyStore(database.pool, randomBytes(32)), logLevel: 'silent', jobs }), {
      logger: false,
      abortOnError: false,
    });
    await worker.init();
    // The API's side: it only enqueues.
    producer = await createJobQueue({ redisUrl, prefix });
  }, 30_000);

  afterAll(async () => {
    await producer.close();
    await worker.close();
    await writer.close();
    await database.drop();
    const redis = new Redis(redisUrl);
    try {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      await redis.quit();
    }
  });

  it('rebuilds academy-card and reports the job completed at 100%', async () => {
    const event = domainEventCodec.encode({
      type: 'AcademyRegistered',
      data: { academyId: '600101', name: 'Rebuilt Academy', phase: 'special', hub: 'East', joinedOn: '2020-01-06', predecessorUrns: [] },
    });
    const appended = await writer.append(
      academyStreamId('600101'),
      [{ eventId: randomUUID(), ...event, metadata: { actor: { userId: 'test', role: 'test' }, correlationId: 'c', causationId: 'c', idempotencyKey: null } }],
      { expectedVersion: 'no-stream' },
    );
    expect(await waitForCheckpoint(database.pool, [ACADEMY_CARD_PROJECTION], appended.lastPosition, 10_000)).toBe(true);

    const { id } = await producer.enqueue<RebuildJobData>(REBUILD_JOB, { projection: ACADEMY_CARD_PROJECTION }, { jobId: rebuildJobId(ACADEMY_CARD_PROJECTION) });
    let job: JobView | null = null;
    await waitUntil(
      async () => {
        job = await producer.get(id);
        return job?.state === 'completed' || job?.state === 'failed';
      },
      { timeoutMs: 20_000, message: 'the rebuild to end' },
    );
    expect(job).toMatchObject({ state: 'completed', progress: 100, result: { projection: ACADEMY_CARD_PROJECTION, position: appended.lastPosition.toString(), events: 1 } });
    expect(await findAcademyCard(database.pool, '600101')).toMatchObject({ name: 'Rebuilt Academy' });
  });
});
