import { Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useAcademyCommand } from '../../../forms/use-academy-command';
import { formatDate } from '../../../format/format';
import { withApiError } from './field-props';
import { FormFooter } from './FormFooter';
import { dateProblem, LONG_TEXT_LENGTH, textProblem, todayInLondon } from './form-rules';

interface Values {
  visitedOn: string;
  reportSummary: string;
}

/** Records a School Improvement Partner's visit from their report (POST /academies/:id/sip-visits); it counts towards its year's required visits. */
export function SipVisitForm({ academyId }: { academyId: string }) {
  const command = useAcademyCommand('/academies/{id}/sip-visits', academyId);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayInLondon();
  const form = useForm<Values>({
    initialValues: { visitedOn: '', reportSummary: '' },
    validate: {
      visitedOn: (visitedOn) => dateProblem(visitedOn, today),
      reportSummary: (summary) => textProblem(summary, LONG_TEXT_LENGTH),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setNotice(null);
    const answer = await command.send({ visitedOn: values.visitedOn, reportSummary: values.reportSummary.trim() });
    if (answer === null) return;
    setNotice(`The SIP visit of ${formatDate(values.visitedOn)} recorded.`);
    form.reset();
  });

  return (
    <form aria-label="Record a SIP visit" noValidate onSubmit={submit}>
      <Stack>
        <TextInput type="date" label="Day of the visit" required max={today} maw={360} {...withApiError(form.getInputProps('visitedOn'), command, 'visitedOn')} />
        <Textarea
          label="Summary of the partner's report"
          description="As reported to the local governing board and the standards committee"
          required
          rows={4}
          {...withApiError(form.getInputProps('reportSummary'), command, 'reportSummary')}
        />
        <FormFooter command={command} notice={notice} label="Record the visit" onRetry={() => void submit()} />
      </Stack>
    </form>
  );
}
