import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useState } from 'react';
import { useAcademies, type Schemas } from '../../../api/queries';
import { useSession } from '../../../auth/SessionProvider';
import { RecordedNotice } from '../../../forms/RecordedNotice';
import { RefusalAlert } from '../../../forms/RefusalAlert';
import { useCommand } from '../../../forms/use-command';
import { formatDate, formatPounds } from '../../../format/format';
import { withApiError } from './field-error';
import { untilLedgerHas } from '../../../api/finance-recording';
import { RechargePrice } from './RechargePrice';
import { deliveredOnRule, halfDaysOf, halfDaysRule, isoToday, requiredText } from './recording-rules';
import { isCentrallyEmployed, isSupportRole, SUPPORT_ROLES, supportRoleInASentence, type SupportRole } from './support-roles';

type RechargeBody = Schemas['LogRechargeDto'];

// The roles the form offers are exactly the API's: one added or removed there fails the typecheck here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _rolesAreTheApis: Same<SupportRole, RechargeBody['providerRole']> = true;

interface RechargeValues {
  supportedAcademyId: string;
  providerRole: SupportRole | '';
  /** '' is the trust centre: staff the trust employs centrally. */
  providerAcademyId: string;
  days: string;
  deliveredOn: string;
  description: string;
}

const EMPTY: RechargeValues = { supportedAcademyId: '', providerRole: '', providerAcademyId: '', days: '', deliveredOn: '', description: '' };

function bodyOf(values: RechargeValues): RechargeBody {
  const role = values.providerRole as SupportRole;
  return {
    supportedAcademyId: values.supportedAcademyId,
    providerRole: role,
    providerAcademyId: isCentrallyEmployed(role) || values.providerAcademyId === '' ? null : values.providerAcademyId,
    days: halfDaysOf(values.days) ?? 0,
    deliveredOn: values.deliveredOn,
    description: values.description.trim(),
  };
}

/**
 * Log days of support recharged to the academy supported: its spend is debited and the provider's academy
 * (or the trust centre, for centrally employed staff) credited, priced by the rate card of the year the
 * support was given, which is shown before logging.
 */
export function LogRechargeForm() {
  const { api, may } = useSession();
  const academies = useAcademies();
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<RechargeValues>({
    initialValues: EMPTY,
    onValuesChange: () => setRecorded(null),
    validate: {
      supportedAcademyId: (value) => (value === '' ? 'Choose the academy supported' : null),
      providerRole: (value) => (value === '' ? 'Choose who gave the support' : null),
      providerAcademyId: (value, values) => {
        if (values.providerRole === 'headteacher' && value === '') return "Choose the headteacher's academy: the recharge is its income, to back-fill their time";
        if (value !== '' && value === values.supportedAcademyId && values.providerRole !== '' && !isCentrallyEmployed(values.providerRole)) return 'An academy cannot recharge itself: choose another academy';
        return null;
      },
      days: halfDaysRule,
      deliveredOn: (value) => deliveredOnRule(value),
      description: (value) => requiredText(value, 'what the support was'),
    },
  });
  const command = useCommand(
    useCallback(
      async (body: RechargeBody, idempotencyKey: string) => {
        const answer = await api.POST('/recharges', { body, headers: { 'Idempotency-Key': idempotencyKey } });
        if (answer.data !== undefined) await untilLedgerHas(api, may, answer.data.academicYear, answer.data.position);
        return answer;
      },
      [api, may],
    ),
  );

  const names = new Map((academies.data ?? []).map((academy) => [academy.academyId, academy.name]));
  const academyOptions = (academies.data ?? []).map((academy) => ({ value: academy.academyId, label: `${academy.name} (URN ${academy.academyId})` }));
  const role = form.values.providerRole;
  const centrallyEmployed = role !== '' && isCentrallyEmployed(role);

  const submit = form.onSubmit(async (values) => {
    const body = bodyOf(values);
    const answer = await command.send(body);
    if (answer === null) return;
    form.reset();
    const provider = body.providerAcademyId === null ? 'the trust centre' : (names.get(body.providerAcademyId) ?? `academy ${body.providerAcademyId}`);
    setRecorded(
      `Recharge logged: ${formatPounds(answer.amountPence)} for ${body.days} ${body.days === 1 ? 'day' : 'days'} of ${supportRoleInASentence(body.providerRole)} on ${formatDate(body.deliveredOn)}, ` +
        `charged to ${names.get(body.supportedAcademyId) ?? `academy ${body.supportedAcademyId}`} and income to ${provider}, in the ${answer.academicYear} ledger.`,
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Log a recharge">
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <NativeSelect
            label="Academy supported (charged)"
            data={[{ value: '', label: academies.isPending ? 'Loading academies…' : 'Choose an academy' }, ...academyOptions]}
            {...withApiError(form.getInputProps('supportedAcademyId'), command.fieldError('supportedAcademyId'))}
            required
          />
          <NativeSelect
            label="Who gave the support"
            data={[{ value: '', label: 'Choose a role' }, ...SUPPORT_ROLES.map(({ value, label }) => ({ value, label }))]}
            {...withApiError(form.getInputProps('providerRole'), command.fieldError('providerRole'))}
            onChange={(event) => {
              const next = event.currentTarget.value;
              form.setFieldValue('providerRole', isSupportRole(next) ? next : '');
              if (isSupportRole(next) && isCentrallyEmployed(next)) form.setFieldValue('providerAcademyId', '');
            }}
            required
          />
          {centrallyEmployed ? (
            <Text size="sm" mt="lg">
              Employed by the trust: the income is the trust centre&apos;s.
            </Text>
          ) : (
            <NativeSelect
              label="Their academy (earns the income)"
              description={role === 'headteacher' ? "The headteacher's own academy, which back-fills their time." : 'The trust centre for staff the trust employs centrally.'}
              data={[{ value: '', label: role === 'headteacher' ? 'Choose an academy' : 'Trust centre (employed centrally)' }, ...academyOptions]}
              {...withApiError(form.getInputProps('providerAcademyId'), command.fieldError('providerAcademyId'))}
            />
          )}
          <TextInput label="Days of support" description="In half days: 0.5, 1, 1.5, …" inputMode="decimal" {...withApiError(form.getInputProps('days'), command.fieldError('days'))} required />
          <TextInput label="Date the support was given" type="date" max={isoToday()} {...withApiError(form.getInputProps('deliveredOn'), command.fieldError('deliveredOn'))} required />
        </SimpleGrid>
        <Textarea label="What the support was" rows={3} {...withApiError(form.getInputProps('description'), command.fieldError('description'))} required />
        <RechargePrice role={role} days={form.values.days} deliveredOn={form.values.deliveredOn} />
        <RefusalAlert refusal={command.refusal} onRetry={() => void submit()} />
        {recorded !== null && <RecordedNotice>{recorded}</RecordedNotice>}
        <Group>
          <Button type="submit" loading={command.pending} disabled={command.pending}>
            Log the recharge
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
