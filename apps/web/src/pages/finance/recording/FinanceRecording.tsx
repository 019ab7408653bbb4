import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSession } from '../../../auth/SessionProvider';
import { isTravelling, useTimeTravel } from '../../../time-travel/time-travel';
import { AgreeBudgetForm } from './AgreeBudgetForm';
import { LogCoreDayForm } from './LogCoreDayForm';
import { LogRechargeForm } from './LogRechargeForm';

/** The finance commands the user may run, as forms: shown only to roles the API lets run them. */
export const RECORDING_PERMISSIONS = ['recharges.log', 'improvement-budgets.agree', 'core-days.log'] as const;

function FormPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * Recording on the Finance page: log a recharge, agree a budget, log a core day. Recording is always in the
 * present, so a past view (as recorded on, as at) says so instead of offering the forms.
 */
export function FinanceRecording() {
  const { may } = useSession();
  const { travel } = useTimeTravel();
  if (!RECORDING_PERMISSIONS.some((permission) => may(permission))) return null;
  return (
    <Stack>
      <Title order={2}>Record</Title>
      {isTravelling(travel) ? (
        <Text size="sm">The forms record in the present: choose Now to use them.</Text>
      ) : (
        <Stack>
          {may('recharges.log') && (
            <FormPanel title="Log a recharge">
              <LogRechargeForm />
            </FormPanel>
          )}
          {may('improvement-budgets.agree') && (
            <FormPanel title="Agree a budget">
              <AgreeBudgetForm />
            </FormPanel>
          )}
          {may('core-days.log') && (
            <FormPanel title="Log a core day">
              <LogCoreDayForm />
            </FormPanel>
          )}
        </Stack>
      )}
    </Stack>
  );
}
