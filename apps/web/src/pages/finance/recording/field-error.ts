import type { ReactNode } from 'react';

/**
 * A field's input props with its message: the form's own check first, else what the API said of the field
 * (a 400 names it), so the API's words appear beside the field they are about.
 */
export function withApiError<Props extends { error?: ReactNode }>(props: Props, apiMessage: string | undefined): Props {
  return { ...props, error: props.error ?? apiMessage };
}
