import type { FakeAnswer, FakeApi } from './render';

/** A command the page sent: its method, path, parsed body and Idempotency-Key. */
export interface SentCommand {
  method: string;
  path: string;
  body: unknown;
  key: string | null;
}

/**
 * A fake API whose commands (POST, PUT) are answered in turn from `answers` (the last one again once they run
 * out) and kept in `sent`; every other request goes to `reads`.
 */
export function commandLog(reads: FakeApi, answers: FakeAnswer[]): { api: FakeApi; sent: SentCommand[] } {
  const sent: SentCommand[] = [];
  const api: FakeApi = (request) => {
    if (request.method === 'GET') return reads(request);
    sent.push({ method: request.method, path: request.path, body: request.body === null || request.body === '' ? null : JSON.parse(request.body), key: request.headers.get('Idempotency-Key') });
    return answers[Math.min(sent.length - 1, answers.length - 1)];
  };
  return { api, sent };
}

/** What the API answers a recorded command. */
export function recorded(id: string, position: string, events: string[] = ['Recorded']): FakeAnswer {
  return { status: 201, body: { id, streamId: `stream-${id}`, position, events } };
}

export function badRequest(field: string, message: string): FakeAnswer {
  return { status: 400, body: { statusCode: 400, error: 'Bad Request', message: [message], fields: [field] } };
}

export function refused(message: string): FakeAnswer {
  return { status: 422, body: { statusCode: 422, error: 'Unprocessable Entity', message } };
}
