import { Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useAcademyCommand } from '../../../forms/use-academy-command';
import { withApiError } from './field-props';
import { FormFooter } from './FormFooter';
import { academicYearOfDay, LONG_TEXT_LENGTH, pastAcademicYearProblem, textProblem, todayInLondon } from './form-rules';

interface Values {
  academicYear: string;
  capacityToImprove: string;
  summary: string;
}

/** Records the annual review of a year (POST /academies/:id/annual-reviews): no capacity to improve is a Tier 3 descriptor. */
export function AnnualReviewForm({ academyId }: { academyId: string }) {
  const command = useAcademyCommand('/academies/{id}/annual-reviews', academyId);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayInLondon();
  const form = useForm<Values>({
    initialValues: { academicYear: academicYearOfDay(today), capacityToImprove: '', summary: '' },
    validate: {
      academicYear: (academicYear) => pastAcademicYearProblem(academicYear, today),
      capacityToImprove: (found) => (found === 'yes' || found === 'no' ? null : 'Say whether the review found capacity to improve'),
      summary: (summary) => textProblem(summary, LONG_TEXT_LENGTH),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setNotice(null);
    const body = { academicYear: values.academicYear.trim(), capacityToImprove: values.capacityToImprove === 'yes', summary: values.summary.trim() };
    const answer = await command.send(body);
    if (answer === null) return;
    setNotice(`The annual review of ${body.academicYear} recorded: ${body.capacityToImprove ? 'capacity to improve found' : 'no capacity to improve found'}.`);
    form.setValues({ capacityToImprove: '', summary: '' });
  });

  return (
    <form aria-label="Record an annual review" noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Academic year" description="The year reviewed, for example 2024/25" required {...withApiError(form.getInputProps('academicYear'), command, 'academicYear')} />
          <Radio.Group label="Capacity to improve" description="Did the review find capacity to improve?" required {...withApiError(form.getInputProps('capacityToImprove'), command, 'capacityToImprove')}>
            <Group mt="xs">
              <Radio value="yes" label="Yes" />
              <Radio value="no" label="No" />
            </Group>
          </Radio.Group>
        </SimpleGrid>
        <Textarea label="Summary" required rows={4} {...withApiError(form.getInputProps('summary'), command, 'summary')} />
        <FormFooter command={command} notice={notice} label="Record the annual review" onRetry={() => void submit()} />
      </Stack>
    </form>
  );
}
