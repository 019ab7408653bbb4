import { PostgresSubjectKeyStore } from '@trust/personal-data';
import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { aimStreamId, domainEventCodec } from '@trust/domain';
import { createEventStoreFromConfig, PostgresEventStore } from '@trust/event-store';
import { createJobQueue } from '@trust/jobs';
import { createTestDatabase, waitUntil, type TestDatabase } from '@trust/testing';
import { WorkerModule } from './worker.module.js';

const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('the worker with REDIS_URL: the deadline reactor and its checks', () => {
  const prefix = `til-worker-deadlines-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let writer: PostgresEventStore;
  let worker: INestApplicationContext | null = null;

  beforeAll(async () => {
    database = await createTestDatabase('til_worker_deadlines');
    writer = new PostgresEventStore(database.pool);
  });

  afterAll(async () => {
    await worker?.close();
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

  it('on start, schedules every pending deadline again, and runs at once a check whose time passed while it was down', async () => {
    // An AIM whose documents were due on 5 March 2025, its deadline already taken in by the reactor (its
    // checkpoint is at the head) but never checked: the worker was down, and Redis lost the job.
    const scheduled = domainEventCodec.encode({
      type: 'AimScheduled',
      data: { aimId: 'aim-missed', academyId: '600201', academicYear: '2024/25', date: '2025-03-12', format: 'one-day', focus: null, documentsDueOn: '2025-03-05', scheduledOn: '2025-02-10' },
    });
    const appended = await writer.append(
      aimStreamId('aim-missed'),
      [{ eventId: randomUUID(), ...scheduled, metadata: { actor: { userId: 'dee', role: 'improvement-director' }, correlationId: 'c', causationId: 'c', idempotencyKey: null } }],
      { expectedVersion: 'no-stream' },
    );
    await database.pool.query(`INSERT INTO reactor_checkpoints (name, position) VALUES ('deadline-reactor', $1::numeric)`, [appended.lastPosition.toString()]);
    await database.pool.query(
      `INSERT INTO pending_deadlines (kind, subject_id, due_on, run_at, position) VALUES ('aim-documents', 'aim-missed', '2025-03-05', '2025-03-06T00:00:00Z', $1::numeric)`,
      [appended.lastPosition.toString()],
    );

    const store = await createEventStoreFromConfig({ kind: 'postgres' }, { pool: database.pool, listenUrl: database.url });
    const jobs = await createJobQueue({ redisUrl, prefix });
    worker = await NestFactory.createApplicationContext(WorkerModule.register({ pool: database.pool, store, keys: new PostgresSubjectKeyStore(database.pool, randomBytes(32)), logLevel: 'silent', jobs }), { logger: false, abortOnError: false });
    await worker.init();

    await waitUntil(
      async () => {
        const types: string[] = [];
        for await (const event of writer.readStream(aimStreamId('aim-missed'))) types.push(event.type);
        return types.includes('AimDocumentsOverdue');
      },
      { timeoutMs: 20_000, message: 'the missed check to record the documents overdue' },
    );
    const events = [];
    for await (const event of writer.readStream(aimStreamId('aim-missed'))) events.push(event);
    expect(events.map((event) => event.type)).toEqual(['AimScheduled', 'AimDocumentsOverdue']);
    expect(events[1]?.data).toMatchObject({ missing: ['headteacher-report', 'sef', 'improvement-plan', 'lgb-minutes', 'previous-aim-report', 'pupil-premium-strategy'], dueOn: '2025-03-05' });
    expect(events[1]?.metadata).toMatchObject({ actor: { userId: 'deadline-reactor', role: 'system' } });
    await waitUntil(async () => (await database.pool.query(`SELECT 1 FROM pending_deadlines WHERE checked_at IS NOT NULL`)).rows.length === 1, {
      message: 'the deadline to be marked checked',
    });
  }, 40_000);
});
