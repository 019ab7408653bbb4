import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useAcademyCommand } from '../../../forms/use-academy-command';
import { formatDate } from '../../../format/format';
import { withApiError } from './field-props';
import { FormFooter } from './FormFooter';
import { academicYearBounds, academicYearOfDay, dateProblem, LONG_TEXT_LENGTH, pastAcademicYearProblem, textProblem, todayInLondon, type TermName } from './form-rules';
import { TERM_OPTIONS } from './kpi-options';

interface Values {
  academicYear: string;
  term: TermName;
  completedOn: string;
  summary: string;
}

/** Records a review the trust commissioned (POST /academies/:id/reviews): at most one a term, counted against the tier's requirement. */
export function CommissionedReviewForm({ academyId }: { academyId: string }) {
  const command = useAcademyCommand('/academies/{id}/reviews', academyId);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayInLondon();
  const form = useForm<Values>({
    initialValues: { academicYear: academicYearOfDay(today), term: 'autumn', completedOn: '', summary: '' },
    validate: {
      academicYear: (academicYear) => pastAcademicYearProblem(academicYear, today),
      completedOn: (completedOn, values) => {
        const problem = dateProblem(completedOn, today);
        if (problem !== null || pastAcademicYearProblem(values.academicYear, today) !== null) return problem;
        const { first, last } = academicYearBounds(values.academicYear.trim());
        return completedOn < first || completedOn > last ? `Must be within ${values.academicYear.trim()}, ${formatDate(first)} to ${formatDate(last)}` : null;
      },
      summary: (summary) => textProblem(summary, LONG_TEXT_LENGTH),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setNotice(null);
    const body = { academicYear: values.academicYear.trim(), term: values.term, completedOn: values.completedOn, summary: values.summary.trim() };
    const answer = await command.send(body);
    if (answer === null) return;
    setNotice(`The ${body.term} review of ${body.academicYear}, completed on ${formatDate(body.completedOn)}, recorded.`);
    form.setValues({ completedOn: '', summary: '' });
  });

  return (
    <form aria-label="Record a commissioned review" noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Academic year" description="For example 2024/25" required {...withApiError(form.getInputProps('academicYear'), command, 'academicYear')} />
          <NativeSelect label="Term" description="At most one review a term" data={TERM_OPTIONS} {...withApiError(form.getInputProps('term'), command, 'term')} />
          <TextInput type="date" label="Completed on" required max={today} {...withApiError(form.getInputProps('completedOn'), command, 'completedOn')} />
        </SimpleGrid>
        <Textarea label="Summary" required rows={4} {...withApiError(form.getInputProps('summary'), command, 'summary')} />
        <FormFooter command={command} notice={notice} label="Record the review" onRetry={() => void submit()} />
      </Stack>
    </form>
  );
}
