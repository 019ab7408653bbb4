import { Alert, Badge, Button, Group, NativeSelect, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { downloadCsv } from '../api/download';
import { LEDGER_PAGE, ledgerCsvUrl, useLedger, useReconciliation, type LedgerFilter, type Schemas } from '../api/queries';
import { useSession } from '../auth/SessionProvider';
import { AcademyName } from '../components/AcademyName';
import { QueryState } from '../components/QueryState';
import { useYear, YearSelect } from '../components/YearSelect';
import { formatDate, formatPounds } from '../format/format';
import { useTimeTravel } from '../time-travel/time-travel';
import { COLOURS } from '../app/colours';
import { FinanceRecording, RECORDING_PERMISSIONS } from './finance/recording/FinanceRecording';
import { ReverseRechargeButton } from './finance/recording/ReverseRechargeButton';

type Reconciliation = Schemas['NamedReconciliationDto'];

function Money({ pence }: { pence: number | null }) {
  return <span className="numeric">{pence === null ? '—' : formatPounds(pence)}</span>;
}

function ReconciliationTable({ reconciliation }: { reconciliation: Reconciliation }) {
  const { academies, totals, trustCentre } = reconciliation;
  const sum = (pick: (row: Reconciliation['academies'][number]) => number | null): number => academies.reduce((total, row) => total + (pick(row) ?? 0), 0);
  const balanced = totals.debitsPence === totals.creditsPence;
  const netted = totals.internalNetPence === 0;
  return (
    <Stack>
      <Table.ScrollContainer minWidth={800}>
        <Table withTableBorder striped aria-label="Reconciliation">
          <Table.Caption>Improvement budgets against spend, {reconciliation.academicYear}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Academy</Table.Th>
              <Table.Th scope="col" className="numeric">Budget</Table.Th>
              <Table.Th scope="col" className="numeric">Spent</Table.Th>
              <Table.Th scope="col" className="numeric">Income</Table.Th>
              <Table.Th scope="col" className="numeric">Remaining</Table.Th>
              <Table.Th scope="col">Over budget</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {academies.map((row) => (
              <Table.Tr key={row.academyId}>
                <Table.Td>
                  <AcademyName academyId={row.academyId} name={row.name} />
                </Table.Td>
                <Table.Td className="numeric">{row.budgetPence === null ? 'No budget agreed' : <Money pence={row.budgetPence} />}</Table.Td>
                <Table.Td className="numeric"><Money pence={row.spentPence} /></Table.Td>
                <Table.Td className="numeric"><Money pence={row.incomePence} /></Table.Td>
                <Table.Td className="numeric"><Money pence={row.remainingPence} /></Table.Td>
                <Table.Td>{row.overBudget ? <Badge color={COLOURS.bad}>Over budget</Badge> : <Text size="sm">Within budget</Text>}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td>Trust centre (centrally employed staff)</Table.Td>
              <Table.Td />
              <Table.Td />
              <Table.Td className="numeric"><Money pence={trustCentre.incomePence} /></Table.Td>
              <Table.Td />
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">Totals</Table.Th>
              <Table.Td className="numeric"><Money pence={sum((row) => row.budgetPence)} /></Table.Td>
              <Table.Td className="numeric"><Money pence={sum((row) => row.spentPence)} /></Table.Td>
              <Table.Td className="numeric"><Money pence={sum((row) => row.incomePence) + trustCentre.incomePence} /></Table.Td>
              <Table.Td className="numeric"><Money pence={sum((row) => row.remainingPence)} /></Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Group gap="md" role="group" aria-label="Ledger checks">
        <Alert color={balanced ? COLOURS.good : COLOURS.bad} variant="outline" styles={{ title: { color: 'var(--mantine-color-text)' } }} title={balanced ? 'Debits equal credits' : 'Debits do not equal credits'} data-check="balanced">
          Debits {formatPounds(totals.debitsPence)}, credits {formatPounds(totals.creditsPence)}.
        </Alert>
        <Alert color={netted ? COLOURS.good : COLOURS.bad} variant="outline" styles={{ title: { color: 'var(--mantine-color-text)' } }} title={netted ? 'Internal recharges net to zero' : 'Internal recharges do not net to zero'} data-check="netted">
          Net of recharges between academies: {formatPounds(totals.internalNetPence)}.
        </Alert>
      </Group>
    </Stack>
  );
}

type LedgerLine = Schemas['NamedLedgerLineDto'];

/** A recharge's debit to the academy supported: the line a reversal starts from (a reversal's own lines credit it). */
function isRechargeCharge(line: LedgerLine): boolean {
  return line.academyId !== null && line.account.endsWith('improvement-spend') && line.debitPence > 0;
}

function Ledger({ year, academies }: { year: string; academies: Reconciliation['academies'] }) {
  const { session, may } = useSession();
  const mayReverse = may('recharges.reverse');
  const { travel } = useTimeTravel();
  const [filter, setFilter] = useState<LedgerFilter>({});
  const [page, setPage] = useState(1);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const ledger = useLedger(year, filter, (page - 1) * LEDGER_PAGE);
  const change = (next: LedgerFilter): void => {
    setFilter(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined && value !== '')));
    setPage(1);
  };
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap" component="form" aria-label="Ledger filters" onSubmit={(event) => event.preventDefault()}>
        <NativeSelect
          label="Academy"
          value={filter.academyId ?? ''}
          onChange={(event) => change({ ...filter, academyId: event.currentTarget.value })}
          data={[{ value: '', label: 'Every account' }, ...academies.map((row) => ({ value: row.academyId, label: row.name ?? row.academyId }))]}
          w={240}
        />
        <TextInput label="From" type="date" value={filter.from ?? ''} onChange={(event) => change({ ...filter, from: event.currentTarget.value })} />
        <TextInput label="To" type="date" value={filter.to ?? ''} onChange={(event) => change({ ...filter, to: event.currentTarget.value })} />
        <Button
          variant="filled"
          onClick={() => {
            setDownloadError(null);
            downloadCsv(ledgerCsvUrl(year, filter, travel), session?.token ?? null).then(setDownloaded, (error: unknown) => setDownloadError(String(error)));
          }}
        >
          Download CSV
        </Button>
      </Group>
      {downloaded !== null && (
        <Text size="sm" role="status">
          Downloaded {downloaded}.
        </Text>
      )}
      {downloadError !== null && <Alert color="red">The download failed: {downloadError}</Alert>}
      <QueryState query={ledger} what="the ledger">
        {({ lines, total }) => (
          <>
            <Table.ScrollContainer minWidth={900}>
              <Table withTableBorder striped aria-label="Ledger">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">Account</Table.Th>
                    <Table.Th scope="col">Description</Table.Th>
                    <Table.Th scope="col" className="numeric">Debit</Table.Th>
                    <Table.Th scope="col" className="numeric">Credit</Table.Th>
                    {mayReverse && <Table.Th scope="col">Correction</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lines.map((line) => (
                    <Table.Tr key={`${line.position}-${line.account}`}>
                      <Table.Td>{formatDate(line.date)}</Table.Td>
                      <Table.Td>
                        {line.academyId === null ? 'Trust centre' : <AcademyName academyId={line.academyId} name={line.academyName} />}
                        <Text size="xs">{line.account.endsWith('spend') ? 'Improvement spend' : 'Improvement income'}</Text>
                      </Table.Td>
                      <Table.Td>{line.description}</Table.Td>
                      <Table.Td className="numeric">{line.debitPence === 0 ? '' : formatPounds(line.debitPence)}</Table.Td>
                      <Table.Td className="numeric">{line.creditPence === 0 ? '' : formatPounds(line.creditPence)}</Table.Td>
                      {mayReverse && (
                        <Table.Td>
                          {isRechargeCharge(line) && (
                            <ReverseRechargeButton
                              recharge={{
                                rechargeId: line.rechargeId,
                                academicYear: line.academicYear,
                                date: line.date,
                                description: line.description,
                                amountPence: line.debitPence,
                                supported: line.academyName ?? `academy ${line.academyId ?? ''}`,
                              }}
                            />
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between">
              <Text size="sm" aria-live="polite">
                {total === 0 ? 'No ledger lines' : `Lines ${(page - 1) * LEDGER_PAGE + 1} to ${Math.min(page * LEDGER_PAGE, total)} of ${total}`}
              </Text>
              {total > LEDGER_PAGE && (
                <Pagination total={Math.ceil(total / LEDGER_PAGE)} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': `${control} page` })} />
              )}
            </Group>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function ReconciliationAndLedger({ year }: { year: string }) {
  const reconciliation = useReconciliation(year);
  return (
    <>
      <Title order={2}>Reconciliation</Title>
      <QueryState query={reconciliation} what={`the reconciliation of ${year}`}>
        {(answer) => (
          <>
            <ReconciliationTable reconciliation={answer} />
            <Title order={2}>Ledger</Title>
            <Ledger year={year} academies={answer.academies} />
          </>
        )}
      </QueryState>
    </>
  );
}

/**
 * Finance: the year reconciled (budgets, spend, income, the ledger's checks), the ledger to filter, download
 * and correct, and the forms to record. Someone who may record but not reconcile (the improvement director)
 * is shown the forms alone; anyone else is told by the API what they may not see.
 */
export default function FinancePage() {
  const [year] = useYear();
  const { me, may } = useSession();
  // Who the user is decides what is asked: until the API says, neither the reconciliation nor a form.
  const recordsOnly = !may('reconciliation.read') && RECORDING_PERMISSIONS.some((permission) => may(permission));
  return (
    <Stack>
      <Title order={1}>Finance</Title>
      <Group>
        <YearSelect />
      </Group>
      {me !== undefined && !recordsOnly && <ReconciliationAndLedger year={year} />}
      <FinanceRecording />
    </Stack>
  );
}
