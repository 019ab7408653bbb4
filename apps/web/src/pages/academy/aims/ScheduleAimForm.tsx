import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatDate } from '../../../format/format';
import { optionalTextProblem, schoolDayProblem, TEXT_LIMITS } from '../../../forms/shape-rules';
import { useScheduleAim, type CommandAnswer, type ScheduleAimBody } from './aim-commands';
import { AIM_FORMATS, formatLabel, isOneOf, choicesOf } from './aim-words';
import { FormPanel } from '../../../forms/FormPanel';

interface ScheduleValues {
  date: string;
  format: string;
  focus: string;
}

export function scheduleAimBody(values: ScheduleValues): ScheduleAimBody {
  const format = isOneOf(AIM_FORMATS, values.format) ? values.format : 'one-day';
  const focus = values.focus.trim();
  return { date: values.date, format, ...(focus === '' ? {} : { focus }) };
}

/** The improvement director arranges an AIM: its day, its format, and a focus proposed now (agreed later). */
export function ScheduleAimForm({ academyId, onRecorded }: { academyId: string; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useScheduleAim(academyId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<ScheduleValues>({
    initialValues: { date: '', format: '', focus: '' },
    validate: {
      date: (value) => schoolDayProblem(value, 'the day of the AIM'),
      format: (value) => (isOneOf(AIM_FORMATS, value) ? null : 'Choose a format: one day, or one and a half days'),
      focus: (value) => optionalTextProblem(value, TEXT_LIMITS.text, 'a focus'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = scheduleAimBody(values);
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`AIM scheduled for ${formatDate(body.date)} (${formatLabel(body.format).toLowerCase()}).`);
    form.reset();
    onRecorded(answer);
  });

  return (
    <FormPanel title="Schedule an AIM" order={3} submitLabel="Schedule the AIM" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <TextInput
        label="Day of the AIM"
        description="A school day. The documents fall due a week before."
        type="date"
        withAsterisk
        {...form.getInputProps('date')}
        error={form.errors['date'] ?? command.fieldError('date')}
      />
      <NativeSelect label="Format" withAsterisk data={choicesOf(AIM_FORMATS, 'Choose the format')} {...form.getInputProps('format')} error={form.errors['format'] ?? command.fieldError('format')} />
      <Textarea
        label="Focus proposed"
        description="Optional: the focus is agreed with the headteacher a week before."
        rows={2}
        {...form.getInputProps('focus')}
        error={form.errors['focus'] ?? command.fieldError('focus')}
      />
    </FormPanel>
  );
}
