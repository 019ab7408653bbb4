import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';

interface FieldErrors {
  fieldError: (field: string) => string | undefined;
}

/**
 * A field's props from the form (`form.getInputProps(path)`), with its error: the form's own check first,
 * else what the API said of the field it names `apiField`.
 */
export function withApiError(props: GetInputPropsReturnType, command: FieldErrors, apiField: string): GetInputPropsReturnType & { error: ReactNode } {
  const own = props.error as ReactNode;
  return { ...props, error: own ?? command.fieldError(apiField) };
}
