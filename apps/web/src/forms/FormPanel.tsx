import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useId, type FormEvent, type ReactNode } from 'react';
import type { CommandRefusal } from './command-answer';
import { RecordedNotice } from './RecordedNotice';
import { RefusalAlert } from './RefusalAlert';

/**
 * A form's frame: its heading (which names the form for assistive technology), its fields, the
 * refusal in plain words above the button, the button (disabled while the command is on its way) and what
 * was recorded.
 */
export function FormPanel({
  title,
  order = 4,
  submitLabel,
  onSubmit,
  pending,
  refusal,
  onRetry,
  recorded,
  children,
}: {
  title: string;
  order?: 2 | 3 | 4;
  submitLabel: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  refusal: CommandRefusal | null;
  onRetry?: () => void;
  recorded: string | null;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper withBorder p="md" component="form" aria-labelledby={titleId} onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Title order={order} id={titleId}>
          {title}
        </Title>
        {children}
        <RefusalAlert refusal={refusal} {...(onRetry === undefined ? {} : { onRetry })} />
        <Group>
          <Button type="submit" loading={pending} disabled={pending}>
            {submitLabel}
          </Button>
        </Group>
        {recorded !== null && <RecordedNotice>{recorded}</RecordedNotice>}
      </Stack>
    </Paper>
  );
}
