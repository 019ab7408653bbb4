import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { CommandRefusal } from './command-answer';
import { isConcurrencyConflict, refusalTitle } from './command-answer';

/**
 * A refusal in plain words, above the form's button. Field messages are shown beside their fields (and
 * listed here too, for a screen reader's one announcement). A 409 because someone else changed the record
 * meanwhile offers to reload what the form is about and send again: the form keeps what was typed.
 */
export function RefusalAlert({ refusal, onRetry }: { refusal: CommandRefusal | null; onRetry?: () => void }) {
  const queryClient = useQueryClient();
  if (refusal === null) return null;
  const fieldMessages = Object.values(refusal.fields).flat();
  return (
    <Alert color={isConcurrencyConflict(refusal) ? 'yellow' : 'red'} role="alert" title={refusalTitle(refusal)}>
      {[...refusal.general, ...fieldMessages].length === 1 ? (
        <Text size="sm">{[...refusal.general, ...fieldMessages][0]}</Text>
      ) : (
        <List size="sm">
          {[...refusal.general, ...fieldMessages].map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
      {isConcurrencyConflict(refusal) && (
        <Group mt="sm">
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              void queryClient.invalidateQueries().then(() => onRetry?.());
            }}
          >
            Reload and retry
          </Button>
        </Group>
      )}
    </Alert>
  );
}
