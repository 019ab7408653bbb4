/** An exception whose answer carries headers (`Retry-After`, `WWW-Authenticate`); the exception filter sets them. */
export interface WithAnswerHeaders {
  readonly answerHeaders: Readonly<Record<string, string>>;
}

export function answerHeadersOf(exception: unknown): Readonly<Record<string, string>> | undefined {
  if (typeof exception !== 'object' || exception === null || !('answerHeaders' in exception)) return undefined;
  const headers = (exception as WithAnswerHeaders).answerHeaders;
  return typeof headers === 'object' && headers !== null ? headers : undefined;
}
