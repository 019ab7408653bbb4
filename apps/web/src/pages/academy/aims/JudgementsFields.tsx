import { Fieldset, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ListError } from '../../../forms/ListError';
import { AIM_HEADINGS, AIM_JUDGEMENTS, choicesOf } from './aim-words';
import type { HoldValues } from './hold-aim-values';

/** Seed 003: evidence discussed under the inspection headings, a judgement and a summary comment under each one discussed. */
export function JudgementsFields({ form, apiError }: { form: UseFormReturnType<HoldValues>; apiError: string | undefined }) {
  return (
    <Fieldset legend="Judgements under each heading">
      <Stack gap="sm">
        <Text size="sm">Judge the headings discussed; leave the others as not discussed.</Text>
        {form.values.judgements.map((row, index) => (
          <SimpleGrid key={row.heading} cols={{ base: 1, sm: 3 }} role="group" aria-label={AIM_HEADINGS[row.heading]}>
            <NativeSelect label={`${AIM_HEADINGS[row.heading]}: judgement`} data={choicesOf(AIM_JUDGEMENTS, 'Not discussed')} {...form.getInputProps(`judgements.${index}.judgement`)} />
            <Textarea
              label={`${AIM_HEADINGS[row.heading]}: comment`}
              rows={2}
              style={{ gridColumn: 'span 2' }}
              withAsterisk={row.judgement !== ''}
              {...form.getInputProps(`judgements.${index}.comment`)}
            />
          </SimpleGrid>
        ))}
        <ListError message={form.errors['judgements'] ?? apiError} />
      </Stack>
    </Fieldset>
  );
}
