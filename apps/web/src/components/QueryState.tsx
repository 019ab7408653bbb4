import { Alert, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

/** A query's loading and error states in words; its data once there. */
export function QueryState<T>({ query, children, what }: { query: { data: T | undefined; error: unknown; isPending: boolean }; children: (data: T) => ReactNode; what: string }) {
  if (query.error !== null && query.error !== undefined) return <QueryError error={query.error} what={what} />;
  if (query.isPending || query.data === undefined) {
    return (
      <Text c="dimmed" role="status" aria-live="polite">
        <Loader size="xs" mr="xs" aria-hidden />
        Loading {what}…
      </Text>
    );
  }
  return <>{children(query.data)}</>;
}

export function QueryError({ error, what }: { error: unknown; what: string }) {
  const status = error instanceof ApiError ? error.status : null;
  const message =
    status === 403
      ? `You may not see ${what}.`
      : status === 404
        ? `There is no record of ${what}${' '}at this time.`
        : `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  return (
    <Alert color={status === 403 || status === 404 ? 'gray' : 'red'} role="alert">
      {message}
    </Alert>
  );
}
