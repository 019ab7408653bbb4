import { Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useAcademyCommand } from '../../../forms/use-academy-command';
import { withApiError } from './field-props';
import { FormFooter } from './FormFooter';
import { academicYearOfDay, pastAcademicYearProblem, todayInLondon } from './form-rules';

interface Values {
  academicYear: string;
  direction: string;
}

/** Records whether a year's outcomes moved the right way (POST /academies/:id/outcomes): two negative years in a row are a Tier 3 descriptor. */
export function OutcomeForm({ academyId }: { academyId: string }) {
  const command = useAcademyCommand('/academies/{id}/outcomes', academyId);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayInLondon();
  const form = useForm<Values>({
    initialValues: { academicYear: academicYearOfDay(today), direction: '' },
    validate: {
      academicYear: (academicYear) => pastAcademicYearProblem(academicYear, today),
      direction: (direction) => (direction === 'positive' || direction === 'negative' ? null : 'Say which way the outcomes moved'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setNotice(null);
    const direction = values.direction === 'negative' ? 'negative' : 'positive';
    const body = { academicYear: values.academicYear.trim(), direction } as const;
    const answer = await command.send(body);
    if (answer === null) return;
    setNotice(`The outcomes of ${body.academicYear} recorded as ${direction}.`);
    form.setValues({ direction: '' });
  });

  return (
    <form aria-label="Record outcomes" noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Academic year" description="The year whose outcomes these are, for example 2024/25" required {...withApiError(form.getInputProps('academicYear'), command, 'academicYear')} />
          <Radio.Group label="Direction of the outcomes" required {...withApiError(form.getInputProps('direction'), command, 'direction')}>
            <Group mt="xs">
              <Radio value="positive" label="Positive" />
              <Radio value="negative" label="Negative" />
            </Group>
          </Radio.Group>
        </SimpleGrid>
        <FormFooter command={command} notice={notice} label="Record the outcomes" onRetry={() => void submit()} />
      </Stack>
    </form>
  );
}
