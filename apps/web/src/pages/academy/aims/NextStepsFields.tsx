import { Button, Fieldset, Group, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ListError } from '../../../forms/ListError';
import { HOLD_LIMITS, newNextStep, type HoldValues } from './hold-aim-values';

/** Seed 003: the meeting keeps "a sharp focus on identifying the next steps for improvement". */
export function NextStepsFields({ form, apiError }: { form: UseFormReturnType<HoldValues>; apiError: string | undefined }) {
  const { nextSteps } = form.values;
  return (
    <Fieldset legend="Next steps">
      <Stack gap="xs">
        {nextSteps.map((row, index) => (
          <Group key={row.key} align="flex-end" wrap="nowrap">
            <Textarea label={`Next step ${index + 1}`} withAsterisk rows={1} style={{ flexGrow: 1 }} {...form.getInputProps(`nextSteps.${index}.text`)} />
            <Button variant="default" disabled={nextSteps.length === 1} onClick={() => form.removeListItem('nextSteps', index)} aria-label={`Remove next step ${index + 1}`}>
              Remove
            </Button>
          </Group>
        ))}
        <ListError message={form.errors['nextSteps'] ?? apiError} />
        <Group>
          <Button variant="default" disabled={nextSteps.length >= HOLD_LIMITS.nextSteps} onClick={() => form.insertListItem('nextSteps', newNextStep())}>
            Add a next step
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
