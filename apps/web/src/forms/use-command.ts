import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { refusalOf, refusalOfError, type CommandRefusal } from './command-answer';

/** What a command's call answers: openapi-fetch's `{ data, error, response }`. */
export interface CommandCall<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface Command<Body, T> {
  /** Sends the body once; a retry of the same body (after a failure, or a double click) reuses its Idempotency-Key. */
  send: (body: Body) => Promise<T | null>;
  pending: boolean;
  refusal: CommandRefusal | null;
  /** What the last success answered. */
  recorded: T | null;
  /** The API's message for a field, to show beside it. */
  fieldError: (field: string) => string | undefined;
  reset: () => void;
}

function newKey(): string {
  return crypto.randomUUID();
}

/**
 * One command of the ledger, sent from a form. Each distinct body gets an `Idempotency-Key` of its own,
 * kept until it is recorded: sending it again (a double click, a retry after a timeout) records it once,
 * and the API answers the same. While one is on its way, another send waits for it rather than race it.
 * On success every cached read is refreshed, so the page shows what was just recorded.
 */
export function useCommand<Body, T>(call: (body: Body, idempotencyKey: string) => Promise<CommandCall<T>>): Command<Body, T> {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<CommandRefusal | null>(null);
  const [recorded, setRecorded] = useState<T | null>(null);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const inFlight = useRef<Promise<T | null> | null>(null);

  const send = useCallback(
    async (body: Body): Promise<T | null> => {
      if (inFlight.current !== null) return inFlight.current;
      const serialised = JSON.stringify(body);
      if (attempt.current === null || attempt.current.body !== serialised) attempt.current = { body: serialised, key: newKey() };
      const key = attempt.current.key;
      setPending(true);
      setRefusal(null);
      const run = (async () => {
        try {
          const answer = await call(body, key);
          if (!answer.response.ok) {
            setRefusal(refusalOf(answer.response.status, answer.error));
            return null;
          }
          attempt.current = null;
          const result = (answer.data ?? null) as T | null;
          setRecorded(result);
          await queryClient.invalidateQueries();
          return result;
        } catch (error: unknown) {
          setRefusal(refusalOfError(error));
          return null;
        } finally {
          inFlight.current = null;
          setPending(false);
        }
      })();
      inFlight.current = run;
      return run;
    },
    [call, queryClient],
  );

  const fieldError = useCallback((field: string) => refusal?.fields[field]?.join('; '), [refusal]);
  const reset = useCallback(() => {
    setRefusal(null);
    setRecorded(null);
    attempt.current = null;
  }, []);
  return { send, pending, refusal, recorded, fieldError, reset };
}
