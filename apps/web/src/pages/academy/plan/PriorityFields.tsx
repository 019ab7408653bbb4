import { Button, Checkbox, Fieldset, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { kpiLabel } from '../../../format/format';
import { ListError } from '../../../forms/ListError';
import { fieldErrorAt, OwnerFields } from './OwnerFields';
import { newOwner, PLAN_LIMITS, type PriorityValues } from './plan-values';

/**
 * A priority's fields, to add one or amend one: its title, the evidence for it, the KPIs of the academy card it
 * targets (none to all five) each with what success is, and its owners.
 */
export function PriorityFields({ form, apiError }: { form: UseFormReturnType<PriorityValues>; apiError: (field: string) => string | undefined }) {
  const { targets, owners } = form.values;
  return (
    <>
      <TextInput label="Title" description="One line: AIMs and peer review visits name the priority by it." withAsterisk {...form.getInputProps('title')} error={form.errors['title'] ?? apiError('title')} />
      <Textarea
        label="Evidence"
        description="What the audit and analyse cycle found."
        withAsterisk
        rows={2}
        {...form.getInputProps('evidence')}
        error={form.errors['evidence'] ?? apiError('evidence')}
      />
      <Fieldset legend="KPIs targeted">
        <Stack gap="xs">
          <Text size="sm">The KPIs of the academy card the priority aims to move, each with what success is. A priority may target none.</Text>
          {targets.map((target, index) => (
            <Stack gap={4} key={target.kpi}>
              <Checkbox label={kpiLabel(target.kpi)} {...form.getInputProps(`targets.${index}.targeted`, { type: 'checkbox' })} />
              {target.targeted && (
                <Textarea
                  label={`${kpiLabel(target.kpi)}: success criteria`}
                  withAsterisk
                  rows={1}
                  {...form.getInputProps(`targets.${index}.successCriteria`)}
                  error={form.errors[`targets.${index}.successCriteria`] ?? fieldErrorAt(apiError, `targets.${index}.successCriteria`)}
                />
              )}
            </Stack>
          ))}
          <ListError message={apiError('targets')} />
        </Stack>
      </Fieldset>
      <Fieldset legend="Owners">
        <Stack gap="xs">
          {owners.map((owner, index) => (
            <Group key={owner.key} align="flex-end" wrap="wrap">
              <OwnerFields path={`owners.${index}`} label={`Owner ${index + 1}`} inputProps={(field) => form.getInputProps(`owners.${index}.${field}`)} apiError={apiError} />
              <Button variant="default" disabled={owners.length === 1} onClick={() => form.removeListItem('owners', index)} aria-label={`Remove owner ${index + 1}`}>
                Remove
              </Button>
            </Group>
          ))}
          <ListError message={form.errors['owners'] ?? apiError('owners')} />
          <Group>
            <Button variant="default" disabled={owners.length >= PLAN_LIMITS.owners} onClick={() => form.insertListItem('owners', newOwner())}>
              Add an owner
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </>
  );
}
