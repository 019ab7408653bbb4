import { SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import type { Schemas } from '../../api/queries';
import { kpiLabel, RAG_WORDS, isRag } from '../../format/format';
import { KpiChart, type KpiChartPoint } from './KpiChart';

type Series = Schemas['KpiSeriesDto'];

function pointLabel(point: Series['points'][number]): string {
  return `${point.term.charAt(0).toUpperCase()}${point.term.slice(1)} ${point.academicYear}`;
}

/** The axis's short form: `Aut 24/25`. */
function axisLabel(point: Series['points'][number]): string {
  return `${point.term.charAt(0).toUpperCase()}${point.term.slice(1, 3)} ${point.academicYear.slice(2)}`;
}

function Trend({ series }: { series: Series }) {
  const title = kpiLabel(series.kpi);
  const points = useMemo<KpiChartPoint[]>(() => series.points.map((point) => ({ label: axisLabel(point), value: point.value, target: point.target ?? null })), [series.points]);
  if (series.points.length === 0) {
    return (
      <figure style={{ margin: 0 }}>
        <Text fw={600} component="figcaption">
          {title}
        </Text>
        <Text c="dimmed" size="sm">
          No figures yet.
        </Text>
      </figure>
    );
  }
  return (
    <figure style={{ margin: 0 }} aria-label={`${title} against its target`}>
      <Text fw={600} component="figcaption">
        {title} against its target
      </Text>
      <KpiChart points={points} description={`${title}: the figure of each term (solid) against its target (dashed)`} />
      <VisuallyHidden>
        <table>
          <caption>{title}: each term's figure, target and RAG</caption>
          <tbody>
            {series.points.map((point) => (
              <tr key={`${point.academicYear}-${point.term}`}>
                <th scope="row">{pointLabel(point)}</th>
                <td>{point.value}</td>
                <td>target {point.target ?? 'none'}</td>
                <td>{isRag(point.rag) ? RAG_WORDS[point.rag] : point.rag}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}

/** A chart per KPI: each term's figure against the year's target. Its own chunk: the charts library (uPlot) loads with it. */
export default function KpiTrendsSection({ series }: { series: Schemas['AcademyKpiSeriesDto'] }) {
  return (
    <Stack component="section" aria-labelledby="kpi-trends">
      <Title order={2} id="kpi-trends">
        KPI trends
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }}>
        {series.series.map((kpi) => (
          <Trend key={kpi.kpi} series={kpi} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
