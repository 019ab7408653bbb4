import { Checkbox, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useAcademies } from '../../api/queries';
import type { Command } from '../../forms/use-command';
import type { EntryValues } from './expertise-values';
import { isCentral } from './expertise-values';
import { EXPERTISE_AREAS, SUPPORT_ROLES } from './expertise-words';

const ROLE_CHOICES = [{ value: '', label: 'Choose a role' }, ...Object.entries(SUPPORT_ROLES).map(([value, label]) => ({ value, label }))];

/**
 * A member of staff's entry: their id (when listed for the first time), name, role on the rate card, the
 * academy employing them (by name; none for those the trust employs centrally), their areas of strength.
 */
export function EntryFields({ form, command, registering }: { form: UseFormReturnType<EntryValues>; command: Pick<Command<unknown, unknown>, 'fieldError'>; registering: boolean }) {
  const academies = useAcademies();
  const academyChoices = [
    { value: '', label: 'Employed by the trust centrally' },
    ...[...(academies.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((academy) => ({ value: academy.academyId, label: `${academy.name} (URN ${academy.academyId})` })),
  ];
  const error = (field: keyof EntryValues) => form.errors[field] ?? command.fieldError(field);
  return (
    <>
      {registering && (
        <TextInput label="Staff id" description="Letters, digits, hyphens or underscores, e.g. priya-shah." withAsterisk {...form.getInputProps('staffId')} error={error('staffId')} />
      )}
      <TextInput label="Name" withAsterisk {...form.getInputProps('name')} error={error('name')} />
      <NativeSelect label="Role" description="Their role on the rate card: support brokered is recharged at its rate." withAsterisk data={ROLE_CHOICES} {...form.getInputProps('role')} error={error('role')} />
      {!isCentral(form.values.role) && <NativeSelect label="Academy" data={academyChoices} {...form.getInputProps('academyId')} error={error('academyId')} />}
      <Checkbox.Group label="Areas of strength" {...form.getInputProps('areas')} error={error('areas')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs" spacing="xs">
          {Object.entries(EXPERTISE_AREAS).map(([value, label]) => (
            <Checkbox key={value} value={value} label={label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea label="Other areas" description="Other strengths, one a line (at most 20)." rows={3} {...form.getInputProps('otherAreas')} error={error('otherAreas')} />
    </>
  );
}
