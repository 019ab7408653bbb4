import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useState } from 'react';
import { useCoreDays } from '../../../api/finance-recording';
import { useAcademies, type Schemas } from '../../../api/queries';
import { useSession } from '../../../auth/SessionProvider';
import { useYear } from '../../../components/YearSelect';
import { RecordedNotice } from '../../../forms/RecordedNotice';
import { RefusalAlert } from '../../../forms/RefusalAlert';
import { useCommand } from '../../../forms/use-command';
import { formatDate } from '../../../format/format';
import { CoreDaysLeft } from './CoreDaysLeft';
import { withApiError } from './field-error';
import { academicYearOfDate, deliveredOnRule, halfDaysOf, halfDaysRule, isoToday, requiredText } from './recording-rules';

type CoreDayBody = Schemas['LogCoreDayDto'];

interface CoreDayValues {
  academyId: string;
  deliveredOn: string;
  days: string;
  description: string;
}

const EMPTY: CoreDayValues = { academyId: '', deliveredOn: '', days: '', description: '' };

/**
 * Log a day of the improvement director's core entitlement with an academy (never recharged), with what is
 * left of the academy's six days in the year shown first: its AIMs take theirs before any other day.
 */
export function LogCoreDayForm() {
  const { api } = useSession();
  const academies = useAcademies();
  const [pageYear] = useYear();
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<CoreDayValues>({
    initialValues: EMPTY,
    onValuesChange: () => setRecorded(null),
    validate: {
      academyId: (value) => (value === '' ? 'Choose the academy given the core day' : null),
      deliveredOn: (value) => deliveredOnRule(value),
      days: halfDaysRule,
      description: (value) => requiredText(value, 'what the day was'),
    },
  });
  const year = academicYearOfDate(form.values.deliveredOn) ?? pageYear;
  const coreDays = useCoreDays(form.values.academyId, year);
  const command = useCommand(
    useCallback(
      async ({ academyId, body }: { academyId: string; body: CoreDayBody }, idempotencyKey: string) =>
        api.POST('/academies/{id}/core-days', { params: { path: { id: academyId } }, body, headers: { 'Idempotency-Key': idempotencyKey } }),
      [api],
    ),
  );

  const nameOf = (academyId: string): string | null => (academyId === '' ? null : (academies.data?.find((academy) => academy.academyId === academyId)?.name ?? `Academy ${academyId}`));
  const left = coreDays.data?.academicYear === year ? coreDays.data.left : null;
  const days = halfDaysOf(form.values.days);
  // The ledger refuses more than is left (422): said beside the field before sending, once what is left is known.
  const beyondWhatIsLeft = left !== null && days !== null && days > left ? (left <= 0 ? `No core days are left in ${year}: log further days as a recharge` : `Only ${left} of the core days are left in ${year}`) : null;

  const submit = form.onSubmit(async (values) => {
    if (beyondWhatIsLeft !== null) return;
    const body: CoreDayBody = { deliveredOn: values.deliveredOn, days: halfDaysOf(values.days) ?? 0, description: values.description.trim() };
    const answer = await command.send({ academyId: values.academyId, body });
    if (answer === null) return;
    form.reset();
    setRecorded(`Core day logged: ${body.days} ${body.days === 1 ? 'day' : 'days'} with ${nameOf(values.academyId) ?? values.academyId} on ${formatDate(body.deliveredOn)}.`);
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Log a core day">
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <NativeSelect
            label="Academy given the core day"
            data={[{ value: '', label: academies.isPending ? 'Loading academies…' : 'Choose an academy' }, ...(academies.data ?? []).map((academy) => ({ value: academy.academyId, label: `${academy.name} (URN ${academy.academyId})` }))]}
            {...withApiError(form.getInputProps('academyId'), command.fieldError('academyId'))}
            required
          />
          <TextInput label="Date of the core day" type="date" max={isoToday()} {...withApiError(form.getInputProps('deliveredOn'), command.fieldError('deliveredOn'))} required />
          <TextInput
            label="Core days given"
            description="In half days: 0.5, 1, 1.5, …"
            inputMode="decimal"
            {...withApiError(form.getInputProps('days'), beyondWhatIsLeft ?? command.fieldError('days'))}
            required
          />
        </SimpleGrid>
        <Textarea label="What the day was" rows={3} {...withApiError(form.getInputProps('description'), command.fieldError('description'))} required />
        <CoreDaysLeft name={nameOf(form.values.academyId)} coreDays={left === null ? undefined : coreDays.data} pending={coreDays.isPending} failed={coreDays.error !== null} />
        <RefusalAlert refusal={command.refusal} onRetry={() => void submit()} />
        {recorded !== null && <RecordedNotice>{recorded}</RecordedNotice>}
        <Group>
          <Button type="submit" loading={command.pending} disabled={command.pending}>
            Log the core day
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
