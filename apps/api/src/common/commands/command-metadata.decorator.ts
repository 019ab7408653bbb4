import type { IncomingMessage } from 'node:http';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { EventMetadata } from '@trust/event-store';
import { idempotencyKeyOf } from '../idempotency/idempotency-key.js';
import { resolveActor } from '../request-context/actor.js';
import { requestContextOf } from '../request-context/request-context.js';

/** The metadata every event the command appends carries: actor, correlation, causation (this request) and idempotency key. */
export function commandMetadataOf(request: IncomingMessage): EventMetadata {
  const context = requestContextOf(request);
  return {
    actor: resolveActor(request),
    correlationId: context.correlationId,
    causationId: context.requestId,
    idempotencyKey: idempotencyKeyOf(request),
  };
}

/** Injects the request's EventMetadata into a command route. */
export const CommandMetadata = createParamDecorator((_data: unknown, context: ExecutionContext): EventMetadata =>
  commandMetadataOf(context.switchToHttp().getRequest<IncomingMessage>()),
);
