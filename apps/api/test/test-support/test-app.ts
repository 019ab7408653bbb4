import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { EventStore, RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { createApp, type CreateAppOptions } from '../../src/app.js';
import { EVENT_STORE } from '../../src/infrastructure/tokens.js';
import { validateResponsesAgainstOpenApi } from './openapi-responses.js';
import { bearer, TEST_AUTH, TEST_MASTER_KEY, testAdminToken } from './tokens.js';

/** The answer of every command route. */
export interface CommandAnswerBody {
  id: string;
  streamId: string;
  position: string;
  events: string[];
}

export interface ErrorAnswerBody {
  statusCode: number;
  error: string;
  message: string | string[];
  fields?: string[];
}

/** Sends every request with one bearer token. */
export type AuthenticatedAgent = InstanceType<typeof request.agent>;

/** The real app on a fresh, migrated test database, projections running in-process, listening on a free port. */
export interface TestApp {
  app: INestApplication;
  server: Server;
  database: TestDatabase;
  store: EventStore;
  /** Requests as the test trust-admin (TEST_ADMIN). */
  admin: AuthenticatedAgent;
  /** Requests with this bearer token. */
  as(token: string): AuthenticatedAgent;
  /** The event store's head position (0n when empty). */
  head(): Promise<bigint>;
  streamEvents(streamId: string): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

/** High enough that no test but the one about rate limiting ever meets it. */
export const TEST_RATE_LIMIT_PER_MINUTE = 1_000_000;

export async function startTestApp(options: Partial<Omit<CreateAppOptions, 'pool'>> = {}): Promise<TestApp> {
  const database = await createTestDatabase('til_api_e2e');
  let app: INestApplication;
  try {
    app = await createApp({
      pool: database.pool,
      runProjections: true,
      logLevel: 'silent',
      auth: TEST_AUTH,
      eventStore: { kind: 'postgres' },
      masterKey: TEST_MASTER_KEY,
      rateLimitPerMinute: TEST_RATE_LIMIT_PER_MINUTE,
      ...options,
    });
    validateResponsesAgainstOpenApi(app);
    await app.listen(0, '127.0.0.1');
  } catch (error: unknown) {
    await database.drop();
    throw error;
  }
  const store = app.get<EventStore>(EVENT_STORE);
  const server = app.getHttpServer() as Server;
  const as = (token: string): AuthenticatedAgent => request.agent(server).set('Authorization', bearer(token));
  return {
    app,
    server,
    database,
    store,
    admin: as(await testAdminToken()),
    as,
    async head() {
      return (await store.headPosition()) ?? 0n;
    },
    async streamEvents(streamId: string) {
      const events: RecordedEvent[] = [];
      for await (const event of store.readStream(streamId)) events.push(event);
      return events;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export function registration(academyId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { academyId, name: `Academy ${academyId}`, phase: 'primary', hub: 'North', joinedOn: '2019-09-01', ...overrides };
}

/** Registers an academy as the test trust-admin and answers with the command answer (fails the test on anything but 201). */
export async function registerAcademy(server: Server, academyId: string, overrides: Record<string, unknown> = {}): Promise<CommandAnswerBody> {
  const response = await request(server)
    .post('/academies')
    .set('Authorization', bearer(await testAdminToken()))
    .send(registration(academyId, overrides))
    .expect(201);
  return response.body as CommandAnswerBody;
}

export function commandAnswer(response: request.Response): CommandAnswerBody {
  return response.body as CommandAnswerBody;
}

export function errorAnswer(response: request.Response): ErrorAnswerBody {
  return response.body as ErrorAnswerBody;
}
