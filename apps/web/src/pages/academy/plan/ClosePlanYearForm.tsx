import { Checkbox } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../../forms/FormPanel';
import { ChangeDayInput } from './ChangeDayInput';
import { useClosePlanYear, type CommandAnswer, type PlanKey } from './plan-commands';
import { madeOnBody, madeOnProblem } from './plan-values';

/** Closes the plan's year for good, on the day given or today: nothing is then added, amended, rated or committed. Asked to be meant first. */
export function ClosePlanYearForm({ plan, onRecorded }: { plan: PlanKey; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useClosePlanYear(plan);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({
    initialValues: { meant: false, madeOn: '' },
    validate: { meant: (value: boolean) => (value ? null : 'Tick this to close the year'), madeOn: (value: string) => madeOnProblem(value) },
  });

  const submit = form.onSubmit(async ({ madeOn }) => {
    setRecorded(null);
    const answer = await command.send({ ...plan, ...madeOnBody('closedOn', madeOn) });
    if (answer === null) return;
    setRecorded(`The ${plan.academicYear} plan's year is closed.`);
    onRecorded(answer);
  });

  return (
    <FormPanel title="Close the year" order={3} submitLabel="Close the year" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Checkbox
        label={`Close ${plan.academicYear}: nothing more can be added, amended, rated or committed on this plan`}
        {...form.getInputProps('meant', { type: 'checkbox' })}
      />
      <ChangeDayInput label="Closed on" field="closedOn" inputProps={form.getInputProps('madeOn')} apiError={command.fieldError} />
    </FormPanel>
  );
}
