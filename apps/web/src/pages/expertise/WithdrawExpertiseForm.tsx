import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../forms/FormPanel';
import { optionalTextProblem, TEXT_LIMITS } from '../../forms/shape-rules';
import { useWithdrawExpertise, type CommandAnswer } from './expertise-commands';

/** Takes a member of staff out of brokering (they left, or can no longer offer support); the entry stays in the history. */
export function WithdrawExpertiseForm({ staffId, name, onRecorded }: { staffId: string; name: string; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useWithdrawExpertise(staffId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: (value: string) => optionalTextProblem(value, TEXT_LIMITS.text, 'a reason') } });

  const submit = form.onSubmit(async ({ reason }) => {
    setRecorded(null);
    const answer = await command.send({ reason: reason.trim() === '' ? null : reason.trim() });
    if (answer === null) return;
    setRecorded(answer.events.length === 0 ? `${name} was already withdrawn.` : `${name} is withdrawn: searches no longer offer them.`);
    onRecorded(answer);
  });

  return (
    <FormPanel title={`Withdraw ${name}`} order={3} submitLabel="Withdraw" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Textarea label="Reason" description="Optional, e.g. left the trust." rows={2} {...form.getInputProps('reason')} error={form.errors['reason'] ?? command.fieldError('reason')} />
    </FormPanel>
  );
}
