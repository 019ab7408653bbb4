import { ServiceUnavailableException } from '@nestjs/common';

/** 503 with a `Retry-After` header: the answer will be possible shortly. */
export class RetryLaterException extends ServiceUnavailableException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super({ statusCode: 503, error: 'Service Unavailable', message });
  }
}
