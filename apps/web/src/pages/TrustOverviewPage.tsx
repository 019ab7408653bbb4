import { Badge, Group, NativeSelect, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { dataOf } from '../api/client';
import { useAcademies, useCompliance, useTierDecisions, type Schemas } from '../api/queries';
import { useSession } from '../auth/SessionProvider';
import { AcademyName } from '../components/AcademyName';
import { QueryState } from '../components/QueryState';
import { RagBadge } from '../components/RagBadge';
import { useYear, YearSelect } from '../components/YearSelect';
import { formatDate, tierLabel } from '../format/format';
import { useTimeTravel } from '../time-travel/time-travel';
import { shortfallsOf } from './compliance-shortfalls';
import { COLOURS } from '../app/colours';

type Academy = Schemas['AcademyListItemDto'];

/** Each academy's tier in the year: the decision in force (the latest, not superseded), from what the user may read. */
function useTiersOfYear(academies: readonly Academy[], year: string): Map<string, number | null> | null {
  const { api, may } = useSession();
  const { travel } = useTimeTravel();
  const listed = may('tier-decisions.list');
  const decisions = useTierDecisions(year, listed);
  const histories = useQueries({
    queries: listed
      ? []
      : academies.map((academy) => ({
          queryKey: ['tier-history', academy.academyId, travel],
          queryFn: async () =>
            dataOf(await api.GET('/academies/{id}/tier-history', { params: { path: { id: academy.academyId }, query: { ...travel } } })),
        })),
  });
  const entries = listed ? decisions.data : histories.every((history) => history.data !== undefined) ? histories.flatMap((history) => history.data ?? []) : undefined;
  return useMemo(() => {
    if (entries === undefined) return null;
    const tiers = new Map<string, number | null>();
    for (const entry of entries) if (entry.academicYear === year && entry.supersededBy === null) tiers.set(entry.academyId, entry.tier);
    return tiers;
  }, [entries, year]);
}

export default function TrustOverviewPage() {
  const academies = useAcademies();
  return (
    <Stack>
      <Title order={1}>Trust overview</Title>
      <QueryState query={academies} what="the academies">
        {(list) => <Overview academies={list} />}
      </QueryState>
    </Stack>
  );
}

/** Academies per page: each shown row reads its card (for the next AIM), so a large trust is read a page at a time. */
export const OVERVIEW_PAGE = 50;

function Overview({ academies }: { academies: Academy[] }) {
  const { api, may } = useSession();
  const { travel } = useTimeTravel();
  const [year] = useYear();
  const [hub, setHub] = useState('');
  const [tier, setTier] = useState('');
  const [page, setPage] = useState(1);
  const tiers = useTiersOfYear(academies, year);
  const compliance = useCompliance(year, may('compliance.read'));
  const complianceOf = new Map((compliance.data?.academies ?? []).map((entry) => [entry.academyId, entry]));
  const hubs = [...new Set(academies.map((academy) => academy.hub))].sort();
  const tierOf = (academyId: string): number | null | undefined => tiers?.get(academyId) ?? (tiers === null ? undefined : null);
  const filtered = academies.filter((academy) => (hub === '' || academy.hub === hub) && (tier === '' || String(tierOf(academy.academyId) ?? 'none') === tier));
  const pages = Math.max(1, Math.ceil(filtered.length / OVERVIEW_PAGE));
  const shown = filtered.slice((Math.min(page, pages) - 1) * OVERVIEW_PAGE, Math.min(page, pages) * OVERVIEW_PAGE);
  const cards = useQueries({
    queries: shown.map((academy) => ({
      queryKey: ['card', academy.academyId, travel],
      queryFn: async () => dataOf(await api.GET('/academies/{id}/card', { params: { path: { id: academy.academyId }, query: { ...travel } } })),
    })),
  });
  const cardOf = new Map(cards.flatMap((card) => (card.data === undefined ? [] : [[card.data.academyId, card.data] as const])));

  return (
    <>
      <Group align="flex-end" wrap="wrap">
        <YearSelect />
        <NativeSelect label="Hub" value={hub} onChange={(event) => {
            setHub(event.currentTarget.value);
            setPage(1);
          }} data={[{ value: '', label: 'Every hub' }, ...hubs]} w={160} />
        <NativeSelect
          label="Tier"
          value={tier}
          onChange={(event) => {
            setTier(event.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: 'Every tier' },
            { value: '1', label: 'Tier 1' },
            { value: '2', label: 'Tier 2' },
            { value: '3', label: 'Tier 3' },
            { value: 'none', label: 'Not decided' },
          ]}
          w={160}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {filtered.length} of {academies.length} academies
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder aria-label="Academies">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Academy</Table.Th>
              <Table.Th scope="col">Hub</Table.Th>
              <Table.Th scope="col">Phase</Table.Th>
              <Table.Th scope="col">Tier {year}</Table.Th>
              <Table.Th scope="col">KPIs (latest term)</Table.Th>
              <Table.Th scope="col">Next AIM</Table.Th>
              {may('compliance.read') && <Table.Th scope="col">Compliance {year}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((academy) => {
              const card = cardOf.get(academy.academyId);
              const entry = complianceOf.get(academy.academyId);
              const shortfalls = entry === undefined ? null : shortfallsOf(entry);
              const academyTier = tierOf(academy.academyId);
              return (
                <Table.Tr key={academy.academyId}>
                  <Table.Td>
                    <AcademyName academyId={academy.academyId} name={academy.name} />
                  </Table.Td>
                  <Table.Td>{academy.hub}</Table.Td>
                  <Table.Td style={{ textTransform: 'capitalize' }}>{academy.phase.replace(/-/g, ' ')}</Table.Td>
                  <Table.Td>{academyTier === undefined ? '…' : tierLabel(academyTier)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {(['green', 'amber', 'red', 'grey'] as const).map((rag) =>
                        academy.ragSummary[rag] > 0 ? <RagBadge key={rag} rag={rag} label={`${academy.ragSummary[rag]} ${rag === 'grey' ? 'no data' : rag}`} /> : null,
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{card === undefined ? '…' : card.nextAim === null ? 'None scheduled' : formatDate(card.nextAim.date)}</Table.Td>
                  {may('compliance.read') && (
                    <Table.Td>
                      {shortfalls === null ? (
                        '…'
                      ) : shortfalls.length === 0 ? (
                        <Badge color={COLOURS.good}>Met</Badge>
                      ) : (
                        <Badge color={COLOURS.bad} title={shortfalls.join(', ')}>
                          Shortfall: {shortfalls.join(', ')}
                        </Badge>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} getControlProps={(control) => ({ 'aria-label': `${control} page` })} />}
    </>
  );
}
