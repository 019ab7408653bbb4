import { Divider, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { useAcademyCard, useCompliance, useKpiSeries, useTierHistory } from '../../api/queries';
import { useSession } from '../../auth/SessionProvider';
import { QueryError, QueryState } from '../../components/QueryState';
import { useYear, YearSelect } from '../../components/YearSelect';
import { shortfallsOf } from '../compliance-shortfalls';
import { PrintBoardPack } from '../../print/PrintBoardPack';
import { AcademyCardSection } from './AcademyCardSection';
import { mayRecordAny } from './recording/recording-permissions';
import { AimsSection } from './aims/AimsSection';
import { ImprovementPlanSection } from './ImprovementPlanSection';
import { TierHistorySection } from './TierHistorySection';
import { TimelineSection } from './TimelineSection';

// The charts (and their library) are a chunk of their own, fetched as soon as this page is, not after its data.
const trendsChunk = import('./KpiTrendsSection');
const KpiTrendsSection = lazy(() => trendsChunk);
// The forms are fetched only for those who may record something.
const RecordingSection = lazy(() => import('./recording/RecordingSection'));

function ComplianceSection({ academyId }: { academyId: string }) {
  const [year] = useYear();
  const compliance = useCompliance(year, true, academyId);
  return (
    <Stack component="section" aria-labelledby="compliance">
      <Title order={2} id="compliance">
        Compliance
      </Title>
      <YearSelect />
      <QueryState query={compliance} what={`compliance in ${year}`}>
        {(answer) => {
          const entry = answer.academies.find((candidate) => candidate.academyId === academyId);
          if (entry === undefined) return <Text>Not in the trust in {year}.</Text>;
          const shortfalls = shortfallsOf(entry);
          return (
            <Text>
              SIP visits {entry.sipVisits.held} of {entry.sipVisits.required ?? '—'}; commissioned reviews {entry.reviews.held} of {entry.reviews.required ?? '—'}; AIMs {entry.aims.held} of{' '}
              {entry.aims.expected}; core days {entry.coreDays.used} of {entry.coreDays.entitled}. {shortfalls.length === 0 ? 'No shortfall.' : `Shortfall: ${shortfalls.join(', ')}.`}
            </Text>
          );
        }}
      </QueryState>
    </Stack>
  );
}

/** One academy: its card, trends, tier history, compliance, plan, meetings and timeline. */
export default function AcademyPage() {
  const { urn = '' } = useParams();
  const { may } = useSession();
  const card = useAcademyCard(urn);
  const series = useKpiSeries(urn);
  const history = useTierHistory(urn, may('tier-history.read'));

  if (card.error !== null) {
    return (
      <Stack>
        <Title order={1}>Academy {urn}</Title>
        <QueryError error={card.error} what={`academy ${urn}`} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <Title order={1} data-testid="academy-name">
        {card.data === undefined ? `Academy ${urn}` : card.data.name}
        <Text span size="md" c="dimmed" ml="sm">
          URN {urn}
        </Text>
      </Title>
      <PrintBoardPack title={card.data === undefined ? `Academy ${urn}` : card.data.name} />
      <QueryState query={card} what="the academy card">
        {(answer) => <AcademyCardSection card={answer} />}
      </QueryState>
      {mayRecordAny(may) && (
        // The forms are for the screen: a printed board pack shows what was recorded, not how to record.
        <div className="no-print">
          <Suspense fallback={<Text role="status">Loading the forms…</Text>}>
            <RecordingSection academyId={urn} />
          </Suspense>
        </div>
      )}
      <Divider />
      <QueryState query={series} what="the KPI trends">
        {(answer) => (
          <Suspense fallback={<Text role="status">Loading the charts…</Text>}>
            <KpiTrendsSection series={answer} />
          </Suspense>
        )}
      </QueryState>
      <Divider />
      {may('tier-history.read') && (
        <QueryState query={history} what="the tier history">
          {(answer) => <TierHistorySection history={answer} />}
        </QueryState>
      )}
      {may('compliance.read') && <ComplianceSection academyId={urn} />}
      {may('improvement-plans.read') && <ImprovementPlanSection academyId={urn} />}
      {may('aims.list') && <AimsSection academyId={urn} />}
      <Divider />
      <TimelineSection academyId={urn} />
    </Stack>
  );
}
