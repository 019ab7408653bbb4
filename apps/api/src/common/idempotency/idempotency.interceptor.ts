import { createHash } from 'node:crypto';
import {
  ConflictException,
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { lastValueFrom, of, type Observable } from 'rxjs';
import type { HttpRequest, HttpResponse } from '../http/http-types.js';
import { resolveActor } from '../request-context/actor.js';
import { canonicalJson } from './canonical-json.js';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, idempotencyKeyOf } from './idempotency-key.js';
import { IdempotencyKeyReusedError } from './idempotency-key-reused.error.js';
import { IdempotencyStore } from './idempotency.store.js';

/**
 * The Idempotency-Key part of the command pipeline (every command route has it, see CommandRoute).
 * Within a scope (the route and the actor), the first request with a key claims it; the same key
 * with the same request answers as the first did and appends nothing; with a different request,
 * 422. A failed command releases its claim. The key also goes into the events' metadata, where the
 * command pipeline finds it should a crash come between the append and the stored answer.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(private readonly keys: IdempotencyStore) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const key = idempotencyKeyOf(request);
    if (key === null) return next.handle();

    const response = http.getResponse<HttpResponse>();
    const scope = scopeOf(request);
    const claim = await this.keys.claim(scope, key, requestHash(request));
    switch (claim.kind) {
      case 'replay':
        response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
        response.status(claim.statusCode);
        return of(claim.response);
      case 'mismatch':
        throw new IdempotencyKeyReusedError();
      case 'in-progress':
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `A request with this ${IDEMPOTENCY_KEY_HEADER} is still being processed; retry shortly`,
        });
      case 'claimed':
        break;
      default: {
        const _exhaustive: never = claim;
        return _exhaustive;
      }
    }

    let answer: unknown;
    try {
      answer = await lastValueFrom(next.handle(), { defaultValue: null });
    } catch (error: unknown) {
      await this.keys.release(scope, key, claim.token).catch((releaseError: unknown) => {
        // Left pending, the claim is taken over once its lease runs out.
        this.logger.warn({ err: releaseError, scope }, 'could not release an Idempotency-Key claim');
      });
      throw error;
    }
    try {
      await this.keys.complete(scope, key, claim.token, response.statusCode, answer);
    } catch (completeError: unknown) {
      // The events are appended: answer anyway. A retry takes the claim over after its lease and the
      // command pipeline recognises the key on the stream, so nothing is appended twice.
      this.logger.warn({ err: completeError, scope }, 'could not store the answer of an Idempotency-Key');
    }
    return of(answer);
  }
}

/** The key's namespace: one route, one actor. */
function scopeOf(request: HttpRequest): string {
  const route = request.route?.path ?? request.originalUrl.split('?')[0] ?? '';
  return `${request.method ?? 'POST'} ${route} ${resolveActor(request).userId}`;
}

/** What "the same request" means: the same path parameters and the same body, whatever the key order. */
function requestHash(request: HttpRequest): string {
  return createHash('sha256')
    .update(canonicalJson({ params: { ...request.params }, body: request.body ?? null }))
    .digest('hex');
}
