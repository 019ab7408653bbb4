import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** Says what was just recorded, politely announced, until the form is used again. */
export function RecordedNotice({ children }: { children: ReactNode }) {
  return (
    <Alert color="green" role="status" aria-live="polite">
      {children}
    </Alert>
  );
}
