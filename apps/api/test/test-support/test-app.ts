import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { EventStore, RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { createApp, type CreateAppOptions } from '../../src/app.js';
import { EVENT_STORE } from '../../src/infrastructure/tokens.js';

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

/** The real app on a fresh, migrated test database, projections running in-process, listening on a free port. */
export interface TestApp {
  app: INestApplication;
  server: Server;
  database: TestDatabase;
  store: EventStore;
  /** The event store's head position (0n when empty). */
  head(): Promise<bigint>;
  streamEvents(streamId: string): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

export async function startTestApp(options: Partial<Omit<CreateAppOptions, 'pool'>> = {}): Promise<TestApp> {
  const database = await createTestDatabase('til_api_e2e');
  let app: INestApplication;
  try {
    app = await createApp({ pool: database.pool, runProjections: true, logLevel: 'silent', ...options });
    await app.listen(0, '127.0.0.1');
  } catch (error: unknown) {
    await database.drop();
    throw error;
  }
  const store = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    server: app.getHttpServer() as Server,
    database,
    store,
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

/** Registers an academy and answers with the command answer (fails the test on anything but 201). */
export async function registerAcademy(server: Server, academyId: string, overrides: Record<string, unknown> = {}): Promise<CommandAnswerBody> {
  const response = await request(server).post('/academies').send(registration(academyId, overrides)).expect(201);
  return response.body as CommandAnswerBody;
}

export function commandAnswer(response: request.Response): CommandAnswerBody {
  return response.body as CommandAnswerBody;
}

export function errorAnswer(response: request.Response): ErrorAnswerBody {
  return response.body as ErrorAnswerBody;
}
