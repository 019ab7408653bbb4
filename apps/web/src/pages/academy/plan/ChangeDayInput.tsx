import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import type { ChangeDayField } from './plan-values';

/**
 * The day a change to the plan was made, for a plan entered after the fact: left empty, the API dates it today.
 * `inputProps` are the form's props of its `madeOn`; `field` is the command's name for the day, whose message
 * from the API is shown beside it (a day before the plan's latest change is a refusal, shown above the button).
 */
export function ChangeDayInput({
  label,
  field,
  inputProps,
  apiError,
  description = 'For a plan entered after the fact; leave empty for today.',
}: {
  label: string;
  field: ChangeDayField;
  inputProps: GetInputPropsReturnType;
  apiError: (field: string) => string | undefined;
  description?: string;
}) {
  return <TextInput label={label} description={description} type="date" {...inputProps} error={(inputProps.error as ReactNode) ?? apiError(field)} />;
}
