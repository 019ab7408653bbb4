import { Group, NativeSelect, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { PLAN_OWNER_ROLES } from './plan-words';
import { STAFF_OWNER } from './plan-values';

/** The owner select's choices: a role, whoever holds it, or a named member of staff (then their id and name are asked). */
const OWNER_CHOICES = [
  { value: '', label: 'Choose an owner' },
  { group: 'A role', items: Object.entries(PLAN_OWNER_ROLES).map(([value, label]) => ({ value, label })) },
  { group: 'A person', items: [{ value: STAFF_OWNER, label: 'A named member of staff' }] },
];

/**
 * The API names a nested field `owners.0.name` (its shape checks) or `owners[0].name` (the domain's): the
 * message beside the field whichever it is.
 */
export function fieldErrorAt(fieldError: (field: string) => string | undefined, path: string): string | undefined {
  return fieldError(path) ?? fieldError(path.replace(/\.(\d+)(?=\.|$)/g, '[$1]'));
}

/**
 * One owner at `path` of its form (`owners.0`, or `owner`): a role of the academy or the trust, or a member of
 * staff by the ledger's id of them and their name. `inputProps` gives the form's props of each of its fields.
 */
export function OwnerFields({
  path,
  label,
  inputProps,
  apiError,
}: {
  path: string;
  label: string;
  inputProps: (field: 'choice' | 'staffId' | 'name') => GetInputPropsReturnType;
  apiError: (field: string) => string | undefined;
}) {
  const choice = inputProps('choice');
  const staffId = inputProps('staffId');
  const name = inputProps('name');
  const own = (props: GetInputPropsReturnType): ReactNode => props.error as ReactNode;
  return (
    <Group align="flex-start" wrap="wrap">
      <NativeSelect label={label} withAsterisk data={OWNER_CHOICES} {...choice} error={own(choice) ?? fieldErrorAt(apiError, path) ?? fieldErrorAt(apiError, `${path}.role`)} />
      {choice.value === STAFF_OWNER && (
        <>
          <TextInput label={`${label}: staff id`} description="The ledger's id of them" withAsterisk {...staffId} error={own(staffId) ?? fieldErrorAt(apiError, `${path}.staffId`)} />
          <TextInput label={`${label}: name`} withAsterisk {...name} error={own(name) ?? fieldErrorAt(apiError, `${path}.name`)} />
        </>
      )}
    </Group>
  );
}
