import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ListError } from '../../../forms/ListError';
import { choicesOf, RAG_RATINGS } from './aim-words';
import { HOLD_LIMITS, newPriority, type HoldValues } from './hold-aim-values';

/** The priorities the meeting set, each RAG rated. */
export function PrioritiesFields({ form, apiError }: { form: UseFormReturnType<HoldValues>; apiError: string | undefined }) {
  const { priorities } = form.values;
  return (
    <Fieldset legend="Priorities">
      <Stack gap="xs">
        {priorities.map((row, index) => (
          <Group key={row.key} align="flex-end" wrap="wrap">
            <TextInput label={`Priority ${index + 1}`} withAsterisk style={{ flexGrow: 1 }} {...form.getInputProps(`priorities.${index}.priority`)} />
            <NativeSelect label={`Priority ${index + 1}: RAG rating`} withAsterisk data={choicesOf(RAG_RATINGS, 'Choose a rating')} {...form.getInputProps(`priorities.${index}.rag`)} />
            <Button variant="default" disabled={priorities.length === 1} onClick={() => form.removeListItem('priorities', index)} aria-label={`Remove priority ${index + 1}`}>
              Remove
            </Button>
          </Group>
        ))}
        <ListError message={form.errors['priorities'] ?? apiError} />
        <Group>
          <Button variant="default" disabled={priorities.length >= HOLD_LIMITS.priorities} onClick={() => form.insertListItem('priorities', newPriority())}>
            Add a priority
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
