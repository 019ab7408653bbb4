import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What is wrong with a list as a whole (none given, too many), under the list: the form's check or the API's message. */
export function ListError({ message }: { message: ReactNode }) {
  if (message === undefined || message === null || message === false) return null;
  return (
    <Text c="var(--mantine-color-error)" size="sm">
      {message}
    </Text>
  );
}
