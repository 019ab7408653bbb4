import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatDate } from '../../../format/format';
import { pastDateProblem, textProblem, TEXT_LIMITS, todayInLondon } from '../../../forms/shape-rules';
import { usePublishAimReport, type CommandAnswer, type PublishAimReportBody } from './aim-commands';
import { FormPanel } from '../../../forms/FormPanel';

/**
 * The chair publishes the AIM's report once it is held: it becomes the next AIM's previous report. The ledger
 * dates it today; only a meeting recorded after it took place may name the day it was published.
 */
export function PublishReportForm({ aim, onRecorded }: { aim: { aimId: string; heldOn: string }; onRecorded: (answer: CommandAnswer) => void }) {
  const command = usePublishAimReport(aim.aimId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const heldBeforeToday = aim.heldOn < todayInLondon();
  const form = useForm({
    initialValues: { summary: '', publishedOn: '' },
    validate: {
      summary: (value: string) => textProblem(value, TEXT_LIMITS.longText, "the report's summary"),
      publishedOn: (value: string) => {
        if (value === '') return null;
        return pastDateProblem(value, 'the day it was published') ?? (value < aim.heldOn ? `Must not be before the meeting, ${formatDate(aim.heldOn)}` : null);
      },
    },
  });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body: PublishAimReportBody = { summary: values.summary.trim(), ...(values.publishedOn === '' ? {} : { publishedOn: values.publishedOn }) };
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded('Report published.');
    onRecorded(answer);
  });

  return (
    <FormPanel title="Publish the report" submitLabel="Publish the report" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Textarea label="Summary" withAsterisk rows={4} {...form.getInputProps('summary')} error={form.errors['summary'] ?? command.fieldError('summary')} />
      {heldBeforeToday && (
        <TextInput
          label="Day it was published"
          description="Only for a meeting recorded after it took place. Leave it empty and the ledger dates the report today."
          type="date"
          {...form.getInputProps('publishedOn')}
          error={form.errors['publishedOn'] ?? command.fieldError('publishedOn')}
        />
      )}
    </FormPanel>
  );
}
