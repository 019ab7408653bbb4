import { applyDecorators, HttpCode, HttpStatus, Post, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiInternalServerErrorResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { BadRequestBodyDto, ErrorBodyDto } from '../http/error-bodies.js';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from '../idempotency/idempotency-key.js';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor.js';
import { CORRELATION_ID_HEADER } from '../request-context/request-context.js';
import { CommandAnswer } from './command-answer.js';

export interface CommandRouteOptions {
  summary: string;
  description?: string;
  /** What a 404 means on this route; false when the route has none. */
  notFound?: string | false;
  conflict?: string;
  refused?: string;
}

/**
 * A command route: POST answering 201 with a CommandAnswer, made safe to retry by the
 * Idempotency-Key header, and documented the same way as every other command.
 */
export function CommandRoute(path: string, options: CommandRouteOptions): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(HttpStatus.CREATED),
    UseInterceptors(IdempotencyInterceptor),
    ApiOperation({ summary: options.summary, ...(options.description === undefined ? {} : { description: options.description }) }),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description:
        'Makes a retry safe: the same key with the same request answers as the first time and appends nothing; the same key with a different request is refused (422).',
    }),
    ApiHeader({ name: CORRELATION_ID_HEADER, required: false, description: 'Stored in the metadata of every event appended; a new one is made when absent. Echoed in the answer.' }),
    ApiCreatedResponse({
      type: CommandAnswer,
      description: 'The events appended.',
      headers: {
        [IDEMPOTENT_REPLAYED_HEADER]: { description: '`true` when the answer is that of an earlier request with the same Idempotency-Key.', schema: { type: 'string' } },
        [CORRELATION_ID_HEADER]: { description: 'The correlation id stored with the events.', schema: { type: 'string' } },
      },
    }),
    ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'Invalid input: `fields` names each bad field.' }),
    ...(options.notFound === false ? [] : [ApiNotFoundResponse({ type: ErrorBodyDto, description: options.notFound ?? 'Unknown academy.' })]),
    ApiConflictResponse({
      type: ErrorBodyDto,
      description: options.conflict ?? 'A concurrent change, or a request with the same Idempotency-Key still in progress.',
    }),
    ApiUnprocessableEntityResponse({
      type: ErrorBodyDto,
      description: `${options.refused ?? 'A domain rule refused the command.'} Also: the Idempotency-Key was already used for a different request.`,
    }),
    ApiInternalServerErrorResponse({ type: ErrorBodyDto, description: 'Unexpected failure (no details are disclosed).' }),
  );
}
