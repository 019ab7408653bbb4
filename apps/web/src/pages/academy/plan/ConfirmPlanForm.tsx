import { NativeSelect, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatDate } from '../../../format/format';
import { FormPanel } from '../../../forms/FormPanel';
import { ChangeDayInput } from './ChangeDayInput';
import { useConfirmPlan, type CommandAnswer, type PlanKey } from './plan-commands';
import { confirmedOnOf, madeOnBody, madeOnProblem } from './plan-values';

const GOVERNANCE = '';

/**
 * Confirms the plan's priorities, at one of the academy's AIMs of the year or through governance. A plan
 * changed since it was confirmed may be confirmed again. Dated the day given, else the AIM's day (once it has
 * come), else today.
 */
export function ConfirmPlanForm({ plan, aims, confirmedBefore, onRecorded }: { plan: PlanKey; aims: { aimId: string; date: string }[]; confirmedBefore: boolean; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useConfirmPlan(plan);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({ initialValues: { aimId: GOVERNANCE, madeOn: '' }, validate: { madeOn: (value: string) => madeOnProblem(value) } });

  const submit = form.onSubmit(async ({ aimId, madeOn }) => {
    setRecorded(null);
    const aim = aims.find((candidate) => candidate.aimId === aimId);
    const confirmedOn = madeOnBody('confirmedOn', confirmedOnOf(madeOn, aim?.date ?? null));
    const answer = await command.send(aimId === GOVERNANCE ? confirmedOn : { aimId, ...confirmedOn });
    if (answer === null) return;
    setRecorded(`Plan confirmed${aim === undefined ? ' through governance' : ` at the AIM on ${formatDate(aim.date)}`}.`);
    onRecorded(answer);
  });

  return (
    <FormPanel title={confirmedBefore ? 'Confirm the plan again' : 'Confirm the plan'} order={3} submitLabel="Confirm the plan" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      {confirmedBefore && <Text size="sm">It was confirmed before: confirm it again once it has been reviewed since it was changed.</Text>}
      <NativeSelect
        label="Confirmed"
        data={[{ value: GOVERNANCE, label: 'Through governance' }, ...aims.map((aim) => ({ value: aim.aimId, label: `At the AIM on ${formatDate(aim.date)}` }))]}
        {...form.getInputProps('aimId')}
        error={command.fieldError('aimId')}
      />
      <ChangeDayInput
        label="Confirmed on"
        field="confirmedOn"
        description="For a plan entered after the fact; leave empty for today, or for the AIM's day when confirmed at one."
        inputProps={form.getInputProps('madeOn')}
        apiError={command.fieldError}
      />
    </FormPanel>
  );
}
