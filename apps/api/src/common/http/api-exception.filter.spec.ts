import type { ArgumentsHost } from '@nestjs/common';
import { ConflictException, Logger } from '@nestjs/common';
import { DomainError } from '@trust/domain';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '@trust/event-store';
import { IdempotencyKeyReusedError } from '../idempotency/idempotency-key-reused.error.js';
import { ApiExceptionFilter, isDatabaseUnavailable } from './api-exception.filter.js';
import { badRequest } from './bad-request.js';
import { RetryLaterException } from './retry-later.exception.js';

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

function answerTo(exception: unknown): Answer {
  const answer: Answer = { status: 0, body: undefined, headers: {} };
  const response = {
    headersSent: false,
    setHeader(name: string, value: string) {
      answer.headers[name] = value;
    },
    status(code: number) {
      answer.status = code;
      return response;
    },
    json(body: unknown) {
      answer.body = body;
      return response;
    },
    end() {
      return response;
    },
  };
  const request = { method: 'POST', headers: {}, originalUrl: '/academies', params: {}, query: {} };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response, getNext: () => undefined }),
  } as unknown as ArgumentsHost;
  new ApiExceptionFilter().catch(exception, host);
  return answer;
}

describe('ApiExceptionFilter', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it.each([
    [DomainError.notFound('academy 100001 is not registered'), 404, 'Not Found'],
    [DomainError.conflict('academy 100001 is already registered'), 409, 'Conflict'],
    [DomainError.refused('nothing to correct'), 422, 'Unprocessable Entity'],
  ])('maps %p to its status, with its message', (error, status, text) => {
    expect(answerTo(error)).toEqual({ status, body: { statusCode: status, error: text, message: error.message }, headers: {} });
  });

  it('maps an invalid-input DomainError to 400 naming the field', () => {
    const error = DomainError.invalid('academicYear', 'must be an academic year');
    expect(answerTo(error)).toMatchObject({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: ['academicYear: must be an academic year'], fields: ['academicYear'] },
    });
  });

  it('maps a write that lost a race (after the pipeline retries) to 409', () => {
    expect(answerTo(new WrongExpectedVersionError('academy-100001', 3, 4))).toMatchObject({ status: 409, body: { statusCode: 409, error: 'Conflict' } });
  });

  it('maps a reused Idempotency-Key to 422', () => {
    expect(answerTo(new IdempotencyKeyReusedError())).toMatchObject({ status: 422, body: { error: 'Unprocessable Entity' } });
  });

  it('maps an unavailable event store to 503 with Retry-After', () => {
    expect(answerTo(new EventStoreUnavailableError('connection lost'))).toMatchObject({ status: 503, headers: { 'Retry-After': '1' } });
  });

  it('adds Retry-After to a RetryLaterException', () => {
    expect(answerTo(new RetryLaterException('catching up', 2))).toMatchObject({ status: 503, headers: { 'Retry-After': '2' } });
  });

  it('passes an HttpException through, and gives a bare 400 the same shape as validation errors', () => {
    expect(answerTo(new ConflictException({ statusCode: 409, error: 'Conflict', message: 'in progress' }))).toMatchObject({
      status: 409,
      body: { message: 'in progress' },
    });
    expect(answerTo(badRequest({ field: 'kpi', message: 'kpi is bad' }))).toMatchObject({ status: 400, body: { fields: ['kpi'] } });
  });

  it("maps the JSON body parser's errors to 4xx, never 500", () => {
    const parseError = Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400 });
    expect(answerTo(parseError)).toMatchObject({ status: 400, body: { fields: ['body'] } });
    const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 });
    expect(answerTo(tooLarge)).toMatchObject({ status: 413 });
  });

  it('answers anything else with a generic 500 that discloses nothing', () => {
    const answer = answerTo(new Error('relation "events" does not exist at character 15'));
    expect(answer).toEqual({ status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' }, headers: {} });
  });
});

describe('a PostgreSQL that is restarting or unreachable', () => {
  const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

  it.each([
    ['the server shutting down (57P01)', withCode('terminating connection due to administrator command', '57P01')],
    ['the server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a lost connection as the cause of another error', new Error('could not load the stream', { cause: new Error('Connection terminated unexpectedly') })],
  ])('answers 503 with Retry-After for %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(answerTo(error)).toMatchObject({ status: 503, headers: { 'Retry-After': '1' }, body: { statusCode: 503, message: 'The database is unavailable; retry shortly' } });
  });

  it('leaves a failing query a 500: a syntax error or a constraint is not the server going away', () => {
    expect(isDatabaseUnavailable(withCode('syntax error at or near "x"', '42601'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(answerTo(withCode('syntax error', '42601')).status).toBe(500);
  });
});
