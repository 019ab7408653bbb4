import { Button, Group } from '@mantine/core';
import type { CommandRefusal } from '../../../forms/command-answer';
import { RecordedNotice } from '../../../forms/RecordedNotice';
import { RefusalAlert } from '../../../forms/RefusalAlert';

/** The end of every form: the API's refusal in plain words, what was just recorded, and the button (held while sending). */
export function FormFooter({ command, notice, label, onRetry }: { command: { refusal: CommandRefusal | null; pending: boolean }; notice: string | null; label: string; onRetry: () => void }) {
  return (
    <>
      <RefusalAlert refusal={command.refusal} onRetry={onRetry} />
      {notice !== null && <RecordedNotice>{notice}</RecordedNotice>}
      <Group>
        <Button type="submit" loading={command.pending} disabled={command.pending}>
          {label}
        </Button>
      </Group>
    </>
  );
}
