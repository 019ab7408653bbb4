import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useState } from 'react';
import type { Schemas } from '../../../api/queries';
import { useSession } from '../../../auth/SessionProvider';
import { RecordedNotice } from '../../../forms/RecordedNotice';
import { RefusalAlert } from '../../../forms/RefusalAlert';
import { useCommand } from '../../../forms/use-command';
import { formatDate, formatPounds } from '../../../format/format';
import { withApiError } from './field-error';
import { untilLedgerHas } from '../../../api/finance-recording';
import { requiredText } from './recording-rules';

type ReversalBody = Schemas['ReverseRechargeDto'];

/** The recharge to reverse, as its ledger line shows it. */
export interface RechargeToReverse {
  rechargeId: string;
  academicYear: string;
  date: string;
  description: string;
  amountPence: number;
  /** The academy charged, by name. */
  supported: string;
}

/**
 * Reverse a recharge with a reason: the ledger posts its contra entries in the recharge's own academic
 * year (a correction is a reversal, never an edit). A recharge is reversed once: a second time is refused.
 */
export function ReverseRechargeForm({ recharge }: { recharge: RechargeToReverse }) {
  const { api, may } = useSession();
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<{ reason: string }>({
    initialValues: { reason: '' },
    onValuesChange: () => setRecorded(null),
    validate: { reason: (value) => requiredText(value, 'why the recharge is reversed') },
  });
  const command = useCommand(
    useCallback(
      async (body: ReversalBody, idempotencyKey: string) => {
        const answer = await api.POST('/recharges/{id}/reversal', { params: { path: { id: recharge.rechargeId } }, body, headers: { 'Idempotency-Key': idempotencyKey } });
        if (answer.data !== undefined) await untilLedgerHas(api, may, answer.data.academicYear, answer.data.position);
        return answer;
      },
      [api, may, recharge.rechargeId],
    ),
  );
  const submit = form.onSubmit(async ({ reason }) => {
    const answer = await command.send({ reason: reason.trim() });
    if (answer === null) return;
    form.reset();
    setRecorded(`Reversed: ${formatPounds(answer.amountPence)} credited back to ${recharge.supported} and debited from the provider, in the ${answer.academicYear} ledger.`);
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Reverse a recharge">
      <Stack>
        <Text size="sm">
          {recharge.description}, {formatDate(recharge.date)}: {formatPounds(recharge.amountPence)} charged to {recharge.supported} ({recharge.academicYear}).
        </Text>
        <Textarea
          label="Why it is reversed"
          description="Recorded in the contra entries' description. Log the corrected recharge as a new one."
          rows={3}
          data-autofocus
          {...withApiError(form.getInputProps('reason'), command.fieldError('reason'))}
          required
        />
        <RefusalAlert refusal={command.refusal} />
        {recorded !== null && <RecordedNotice>{recorded}</RecordedNotice>}
        <Group>
          <Button type="submit" color="red" loading={command.pending} disabled={command.pending || recorded !== null}>
            Reverse the recharge
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
