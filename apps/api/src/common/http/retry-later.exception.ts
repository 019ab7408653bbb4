import { ServiceUnavailableException } from '@nestjs/common';
import type { WithAnswerHeaders } from './answer-headers.js';

/** 503 with a `Retry-After` header: the answer will be possible shortly. */
export class RetryLaterException extends ServiceUnavailableException implements WithAnswerHeaders {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super({ statusCode: 503, error: 'Service Unavailable', message });
  }

  get answerHeaders(): Readonly<Record<string, string>> {
    return { 'Retry-After': String(this.retryAfterSeconds) };
  }
}
