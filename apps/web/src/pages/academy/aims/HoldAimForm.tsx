import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatDate } from '../../../format/format';
import { useHoldAim, type CommandAnswer } from './aim-commands';
import { FormPanel } from '../../../forms/FormPanel';
import { AttendeesFields } from './AttendeesFields';
import { holdAimBody, holdAimProblems, initialHoldValues, type HoldValues } from './hold-aim-values';
import { JudgementsFields } from './JudgementsFields';
import { NextStepsFields } from './NextStepsFields';
import { PrioritiesFields } from './PrioritiesFields';

/**
 * The improvement director records the AIM held, once: who attended, a judgement and comment under each
 * heading discussed, the priorities RAG rated and the next steps. Who chairs and on which day stay the
 * ledger's rules: it says so when it refuses.
 */
export function HoldAimForm({ aim, onRecorded }: { aim: { aimId: string; date: string; format: string }; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useHoldAim(aim.aimId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<HoldValues>({ initialValues: initialHoldValues(aim.date), validate: (values) => holdAimProblems(values) });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = holdAimBody(values);
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`AIM recorded as held on ${formatDate(body.heldOn)}, with ${body.judgements.length} judgements and ${body.priorities.length} priorities.`);
    onRecorded(answer);
  });

  return (
    <FormPanel title="Record the AIM held" submitLabel="Record the AIM held" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <TextInput
        label="Day of the meeting"
        description={aim.format === 'one-and-a-half-day' ? "The AIM's day, or the next school day for the meeting." : "The AIM's day."}
        type="date"
        withAsterisk
        {...form.getInputProps('heldOn')}
        error={form.errors['heldOn'] ?? command.fieldError('heldOn')}
      />
      <AttendeesFields form={form} apiError={command.fieldError('attendees')} />
      <JudgementsFields form={form} apiError={command.fieldError('judgements')} />
      <PrioritiesFields form={form} apiError={command.fieldError('priorities')} />
      <NextStepsFields form={form} apiError={command.fieldError('nextSteps')} />
    </FormPanel>
  );
}
