import { Button, Checkbox, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ListError } from '../../../forms/ListError';
import { ATTENDEE_ROLES, choicesOf } from './aim-words';
import { HOLD_LIMITS, newAttendee, type HoldValues } from './hold-aim-values';

/** Who attended the AIM: a name and a role each (and a staff id for staff the ledger knows), the improvement director in the chair. */
export function AttendeesFields({ form, apiError }: { form: UseFormReturnType<HoldValues>; apiError: string | undefined }) {
  const { attendees } = form.values;
  return (
    <Fieldset legend="Attendees">
      <Stack gap="xs">
        <Text size="sm">The improvement director chairs the meeting.</Text>
        {attendees.map((attendee, index) => (
          <Group key={attendee.key} align="flex-end" wrap="wrap" role="group" aria-label={`Attendee ${index + 1}`}>
            <TextInput label={`Attendee ${index + 1}: name`} withAsterisk {...form.getInputProps(`attendees.${index}.name`)} />
            <NativeSelect label={`Attendee ${index + 1}: role`} withAsterisk data={choicesOf(ATTENDEE_ROLES, 'Choose a role')} {...form.getInputProps(`attendees.${index}.role`)} />
            <TextInput label={`Attendee ${index + 1}: staff id`} description="Optional: for staff the ledger knows" {...form.getInputProps(`attendees.${index}.staffId`)} />
            <Checkbox label="Chairs the meeting" mb={8} {...form.getInputProps(`attendees.${index}.chair`, { type: 'checkbox' })} />
            <Button variant="default" disabled={attendees.length === 1} onClick={() => form.removeListItem('attendees', index)} aria-label={`Remove attendee ${index + 1}`}>
              Remove
            </Button>
          </Group>
        ))}
        <ListError message={form.errors['attendees'] ?? apiError} />
        <Group>
          <Button variant="default" disabled={attendees.length >= HOLD_LIMITS.attendees} onClick={() => form.insertListItem('attendees', newAttendee())}>
            Add an attendee
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
