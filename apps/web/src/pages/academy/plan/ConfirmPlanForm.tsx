import { NativeSelect, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatDate } from '../../../format/format';
import { FormPanel } from '../../../forms/FormPanel';
import { useConfirmPlan, type CommandAnswer, type PlanKey } from './plan-commands';

const GOVERNANCE = '';

/**
 * Confirms the plan's priorities, at one of the academy's AIMs of the year or through governance. A plan
 * changed since it was confirmed may be confirmed again.
 */
export function ConfirmPlanForm({ plan, aims, confirmedBefore, onRecorded }: { plan: PlanKey; aims: { aimId: string; date: string }[]; confirmedBefore: boolean; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useConfirmPlan(plan);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({ initialValues: { aimId: GOVERNANCE } });

  const submit = form.onSubmit(async ({ aimId }) => {
    setRecorded(null);
    const answer = await command.send(aimId === GOVERNANCE ? {} : { aimId });
    if (answer === null) return;
    const aim = aims.find((candidate) => candidate.aimId === aimId);
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
    </FormPanel>
  );
}
