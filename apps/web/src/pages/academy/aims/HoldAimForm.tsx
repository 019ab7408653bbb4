import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { academicYearOf, formatDate } from '../../../format/format';
import { usePlanPriorityChoices } from '../plan/plan-priority-choices';
import { useHoldAim, type CommandAnswer } from './aim-commands';
import { FormPanel } from '../../../forms/FormPanel';
import { AttendeesFields } from './AttendeesFields';
import { holdAimBody, holdAimProblems, initialHoldValues, type HoldValues } from './hold-aim-values';
import { JudgementsFields } from './JudgementsFields';
import { NextStepsFields } from './NextStepsFields';
import { PrioritiesFields } from './PrioritiesFields';
import type { PlanChoice } from '../plan/plan-priority-choices';

/**
 * The improvement director records the AIM held, once: who attended, a judgement and comment under each
 * heading discussed, the priorities RAG rated (the academy's improvement plan's, when it has one for the
 * AIM's year) and the next steps. Who chairs and on which day stay the ledger's rules: it says so when it refuses.
 */
export function HoldAimForm({ aim, onRecorded }: { aim: { aimId: string; academyId: string; date: string; format: string }; onRecorded: (answer: CommandAnswer) => void }) {
  const academicYear = academicYearOf(new Date(`${aim.date}T12:00:00`));
  const plan = usePlanPriorityChoices(aim.academyId, academicYear);
  if (plan.loading) return <Text role="status">Loading the academy's improvement plan for {academicYear}…</Text>;
  return <HoldAimFields aim={aim} plan={{ academicYear, priorities: plan.priorities }} onRecorded={onRecorded} />;
}

function HoldAimFields({ aim, plan, onRecorded }: { aim: { aimId: string; date: string; format: string }; plan: { academicYear: string; priorities: PlanChoice[] | null }; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useHoldAim(aim.aimId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<HoldValues>({ initialValues: initialHoldValues(aim.date), validate: (values) => holdAimProblems(values, undefined, plan.priorities) });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = holdAimBody(values, plan.priorities);
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
      <PrioritiesFields form={form} apiError={command.fieldError} plan={plan} />
      <NextStepsFields form={form} apiError={command.fieldError('nextSteps')} />
    </FormPanel>
  );
}
