import { Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Schemas } from '../../api/queries';
import { formatDate, tierLabel } from '../../format/format';
import { KpiTable, yearsOf } from './KpiTable';

type Card = Schemas['AcademyCardDto'];

function inspectionOf(card: Card): string {
  const inspection = card.latestInspection;
  if (inspection === null) return 'None recorded';
  const overall = typeof card.overallEffectiveness === 'string' ? card.overallEffectiveness.replace(/-/g, ' ') : card.overallEffectiveness?.summary;
  return `${formatDate(inspection.inspectedOn)}${overall === undefined ? '' : `: ${overall}`}`;
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function AcademyCardSection({ card }: { card: Card }) {
  const years = yearsOf(card.kpis);
  const [year, setYear] = useState<string | null>(null);
  const shown = year ?? years[0] ?? null;
  return (
    <Stack component="section" aria-labelledby="academy-card">
      <Title order={2} id="academy-card">
        Academy card
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
        <Fact label="Tier">
          {tierLabel(card.tier)}
          {card.tierAcademicYear !== null && ` (${card.tierAcademicYear})`}
        </Fact>
        <Fact label="Hub and phase">
          {card.hub}, {card.phase.replace(/-/g, ' ')}
        </Fact>
        <Fact label="Joined the trust">{formatDate(card.joinedOn)}</Fact>
        <Fact label="Latest inspection">{inspectionOf(card)}</Fact>
        <Fact label="Risk">{card.riskLevel === null ? 'Not assessed' : `${card.riskLevel}${card.riskAssessedOn === null ? '' : ` (${formatDate(card.riskAssessedOn)})`}`}</Fact>
        <Fact label="School Improvement Partner">{card.sip === null ? 'None assigned' : card.sip.name}</Fact>
        <Fact label="Next AIM">{card.nextAim === null ? 'None scheduled' : formatDate(card.nextAim.date)}</Fact>
      </SimpleGrid>
      {shown === null ? (
        <Text>No KPI figure or target is recorded yet.</Text>
      ) : (
        <>
          <Group>
            <NativeSelect label="KPIs of the academic year" data={years} value={shown} onChange={(event) => setYear(event.currentTarget.value)} w={200} />
          </Group>
          <KpiTable kpis={card.kpis} year={shown} label="Academy card KPIs" />
        </>
      )}
    </Stack>
  );
}
