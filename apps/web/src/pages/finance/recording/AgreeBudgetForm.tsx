import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useState } from 'react';
import { untilLedgerHas } from '../../../api/finance-recording';
import { useAcademies, type Schemas } from '../../../api/queries';
import { useSession } from '../../../auth/SessionProvider';
import { useYear } from '../../../components/YearSelect';
import { RecordedNotice } from '../../../forms/RecordedNotice';
import { RefusalAlert } from '../../../forms/RefusalAlert';
import { useCommand } from '../../../forms/use-command';
import { academicYearsAround, formatPounds } from '../../../format/format';
import { BUDGET_SIGNATORIES, type BudgetSignatoryRole } from './budget-signatories';
import { withApiError } from './field-error';
import { MAX_NAME_LENGTH, penceOfPounds, poundsRule, requiredText } from './recording-rules';

type BudgetBody = Schemas['AgreeImprovementBudgetDto'];

// The four who agree are exactly the API's: a role added or removed there fails the typecheck here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _signatoriesAreTheApis: Same<BudgetSignatoryRole, BudgetBody['agreedBy'][number]['role']> = true;

interface BudgetValues {
  academyId: string;
  academicYear: string;
  amount: string;
  names: Record<BudgetSignatoryRole, string>;
}

const NO_NAMES: Record<BudgetSignatoryRole, string> = { headteacher: '', 'improvement-director': '', 'chief-executive': '', 'finance-director': '' };

/**
 * Record an academy's improvement budget for a year, agreed by its headteacher, the academy improvement
 * director, the chief executive and the finance director (all four named). A later agreement for the same
 * year revises it; the reconciliation flags spend beyond it.
 */
export function AgreeBudgetForm() {
  const { api, may } = useSession();
  const academies = useAcademies();
  const [pageYear] = useYear();
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<BudgetValues>({
    initialValues: { academyId: '', academicYear: pageYear, amount: '', names: NO_NAMES },
    onValuesChange: () => setRecorded(null),
    validate: {
      academyId: (value) => (value === '' ? 'Choose the academy whose budget it is' : null),
      amount: poundsRule,
      names: Object.fromEntries(BUDGET_SIGNATORIES.map(({ role, label }) => [role, (value: string) => requiredText(value, `the ${label.toLowerCase()}`, MAX_NAME_LENGTH)])),
    },
  });
  const command = useCommand(
    useCallback(
      async ({ academyId, body }: { academyId: string; body: BudgetBody }, idempotencyKey: string) => {
        const answer = await api.POST('/academies/{id}/improvement-budgets', { params: { path: { id: academyId } }, body, headers: { 'Idempotency-Key': idempotencyKey } });
        if (answer.data !== undefined) await untilLedgerHas(api, may, body.academicYear, answer.data.position);
        return answer;
      },
      [api, may],
    ),
  );

  const years = [...new Set([...academicYearsAround(pageYear), form.values.academicYear])].sort().reverse();
  const nameOf = (academyId: string): string => academies.data?.find((academy) => academy.academyId === academyId)?.name ?? `academy ${academyId}`;
  const apiNameError = (index: number): string | undefined => command.fieldError(`agreedBy.${index}.name`) ?? command.fieldError(`agreedBy[${index}].name`) ?? command.fieldError(`agreedBy[${index}]`);

  const submit = form.onSubmit(async (values) => {
    const body: BudgetBody = {
      academicYear: values.academicYear,
      amountPence: penceOfPounds(values.amount) ?? 0,
      agreedBy: BUDGET_SIGNATORIES.map(({ role }) => ({ name: values.names[role].trim(), role })),
    };
    const answer = await command.send({ academyId: values.academyId, body });
    if (answer === null) return;
    form.reset();
    setRecorded(
      answer.events.length === 0
        ? `The same budget was already agreed for ${nameOf(values.academyId)} in ${body.academicYear}: nothing changed.`
        : `Budget agreed: ${formatPounds(body.amountPence)} for ${nameOf(values.academyId)} in ${body.academicYear}, by ${body.agreedBy.map((party) => party.name).join(', ')}.`,
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Agree a budget">
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <NativeSelect
            label="Academy whose budget it is"
            data={[{ value: '', label: academies.isPending ? 'Loading academies…' : 'Choose an academy' }, ...(academies.data ?? []).map((academy) => ({ value: academy.academyId, label: `${academy.name} (URN ${academy.academyId})` }))]}
            {...withApiError(form.getInputProps('academyId'), command.fieldError('academyId'))}
            required
          />
          <NativeSelect label="Year of the budget" data={years} {...withApiError(form.getInputProps('academicYear'), command.fieldError('academicYear'))} required />
          <TextInput label="Budget in pounds" leftSection="£" inputMode="decimal" {...withApiError(form.getInputProps('amount'), command.fieldError('amountPence'))} required />
        </SimpleGrid>
        <Fieldset legend="Agreed by (all four)" variant="unstyled">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {BUDGET_SIGNATORIES.map(({ role, label }, index) => (
              <TextInput key={role} label={label} autoComplete="off" {...withApiError(form.getInputProps(`names.${role}`), apiNameError(index))} required />
            ))}
          </SimpleGrid>
        </Fieldset>
        <RefusalAlert refusal={command.refusal} onRetry={() => void submit()} />
        {recorded !== null && <RecordedNotice>{recorded}</RecordedNotice>}
        <Group>
          <Button type="submit" loading={command.pending} disabled={command.pending}>
            Agree the budget
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
