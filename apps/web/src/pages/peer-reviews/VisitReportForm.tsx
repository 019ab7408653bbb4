import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatDate } from '../../format/format';
import { FormPanel } from '../../forms/FormPanel';
import { pastDateProblem, textProblem, TEXT_LIMITS } from '../../forms/shape-rules';
import { useSubmitVisitReport, type CommandAnswer, type VisitReportBody } from './peer-review-commands';

/**
 * The lead headteacher's short summary report, due a week after the visit. The ledger dates it today; only a
 * visit entered in the diary after it took place may name the day it was sent.
 */
export function VisitReportForm({ visit, onRecorded }: { visit: { groupId: string; visitId: string; visitDate: string; afterTheFact: boolean }; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useSubmitVisitReport(visit.groupId, visit.visitId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({
    initialValues: { summary: '', submittedOn: '' },
    validate: {
      summary: (value: string) => textProblem(value, TEXT_LIMITS.longText, 'the summary'),
      submittedOn: (value: string) => (value === '' ? null : (pastDateProblem(value, 'the day it was sent') ?? (value < visit.visitDate ? `Must not be before the visit, ${formatDate(visit.visitDate)}` : null))),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body: VisitReportBody = { summary: values.summary.trim(), ...(values.submittedOn === '' ? {} : { submittedOn: values.submittedOn }) };
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded('Report submitted.');
    onRecorded(answer);
  });

  return (
    <FormPanel title="Submit the report" submitLabel="Submit the report" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Textarea label="Summary report" withAsterisk rows={4} {...form.getInputProps('summary')} error={form.errors['summary'] ?? command.fieldError('summary')} />
      {visit.afterTheFact && (
        <TextInput
          label="Day it was sent"
          description="The visit was entered after it took place: name the day the report was sent, or leave it empty for today."
          type="date"
          {...form.getInputProps('submittedOn')}
          error={form.errors['submittedOn'] ?? command.fieldError('submittedOn')}
        />
      )}
    </FormPanel>
  );
}
