import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useAcademies } from '../../api/queries';
import { FormPanel } from '../../forms/FormPanel';
import { academicYearsAround } from '../../format/format';
import { todayInLondon } from '../../forms/shape-rules';
import { academicYearOfDay } from '../academy/recording/form-rules';
import { ListError } from '../../forms/ListError';
import { useFormGroup, type CommandAnswer } from './peer-review-commands';
import { groupBody, groupProblems, initialGroupValues, MAX_MEMBERS, newMember, type GroupValues } from './form-group-values';

/**
 * The improvement director forms a peer review group for a year: two academies or more, each with its
 * headteacher (named by the user id they sign in with, so the ledger knows them on the visits), and the lead.
 */
export function FormGroupForm({ onRecorded }: { onRecorded: (answer: CommandAnswer) => void }) {
  const command = useFormGroup();
  const academies = useAcademies();
  const [recorded, setRecorded] = useState<string | null>(null);
  const thisYear = academicYearOfDay(todayInLondon());
  const form = useForm<GroupValues>({ initialValues: initialGroupValues(thisYear), validate: groupProblems });
  const academyChoices = [
    { value: '', label: 'Choose an academy' },
    ...[...(academies.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((academy) => ({ value: academy.academyId, label: `${academy.name} (URN ${academy.academyId})` })),
  ];
  const leadChoices = [
    { value: '', label: 'Choose the lead' },
    ...form.values.members.filter((member) => member.headteacherId.trim() !== '').map((member) => ({ value: member.headteacherId.trim(), label: member.name.trim() === '' ? member.headteacherId.trim() : member.name.trim() })),
  ];

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = groupBody(values);
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`${body.name} is formed for ${body.academicYear}, with ${body.members.length} academies.`);
    form.reset();
    onRecorded(answer);
  });

  return (
    <FormPanel title="Form a group" order={2} submitLabel="Form the group" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <TextInput label="Name of the group" withAsterisk {...form.getInputProps('name')} error={form.errors['name'] ?? command.fieldError('name')} />
      <NativeSelect label="Academic year" withAsterisk data={academicYearsAround(thisYear)} {...form.getInputProps('academicYear')} error={form.errors['academicYear'] ?? command.fieldError('academicYear')} />
      <Fieldset legend="Members: an academy and its headteacher each">
        <Stack gap="xs">
          {form.values.members.map((member, index) => (
            <Group key={member.key} align="flex-start" wrap="wrap" role="group" aria-label={`Member ${index + 1}`}>
              <NativeSelect label={`Member ${index + 1}: academy`} withAsterisk data={academyChoices} {...form.getInputProps(`members.${index}.academyId`)} />
              <TextInput label={`Member ${index + 1}: headteacher`} withAsterisk {...form.getInputProps(`members.${index}.name`)} />
              <TextInput label={`Member ${index + 1}: headteacher's user id`} description="The id they sign in with." withAsterisk {...form.getInputProps(`members.${index}.headteacherId`)} />
              <Button variant="default" mt={24} disabled={form.values.members.length <= 2} onClick={() => form.removeListItem('members', index)} aria-label={`Remove member ${index + 1}`}>
                Remove
              </Button>
            </Group>
          ))}
          <ListError message={form.errors['members'] ?? command.fieldError('members')} />
          <Group>
            <Button variant="default" disabled={form.values.members.length >= MAX_MEMBERS} onClick={() => form.insertListItem('members', newMember())}>
              Add a member
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <NativeSelect label="Lead headteacher" withAsterisk data={leadChoices} {...form.getInputProps('leadHeadteacherId')} error={form.errors['leadHeadteacherId'] ?? command.fieldError('leadHeadteacherId')} />
    </FormPanel>
  );
}
