import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import type { WithAnswerHeaders } from '../common/http/answer-headers.js';

const REALM = 'trust-improvement-ledger';

/** 401 with the `WWW-Authenticate: Bearer` challenge (RFC 6750): no token, or one that cannot be accepted. */
export class BearerChallengeException extends UnauthorizedException implements WithAnswerHeaders {
  readonly answerHeaders: Readonly<Record<string, string>>;

  /** `problem` is absent when the request carried no token at all (RFC 6750 §3.1: then no error code). */
  constructor(message: string, problem?: 'invalid_token') {
    super({ statusCode: 401, error: 'Unauthorized', message });
    const parameters = [`realm="${REALM}"`];
    if (problem !== undefined) parameters.push(`error="${problem}"`, `error_description="${message.replace(/["\\]/g, "'")}"`);
    this.answerHeaders = { 'WWW-Authenticate': `Bearer ${parameters.join(', ')}` };
  }
}

export function forbidden(message: string): ForbiddenException {
  return new ForbiddenException({ statusCode: 403, error: 'Forbidden', message });
}
