import { LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Schemas } from '../../api/queries';
import { kpiLabel, RAG_WORDS, isRag } from '../../format/format';

type Series = Schemas['KpiSeriesDto'];

function pointLabel(point: Series['points'][number]): string {
  return `${point.term.charAt(0).toUpperCase()}${point.term.slice(1)} ${point.academicYear}`;
}

function Trend({ series }: { series: Series }) {
  const title = kpiLabel(series.kpi);
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
  const data = series.points.map((point) => ({ term: pointLabel(point), Figure: point.value, Target: point.target ?? undefined }));
  return (
    <figure style={{ margin: 0 }} aria-label={`${title} against its target`}>
      <Text fw={600} component="figcaption">
        {title} against its target
      </Text>
      <LineChart
        h={180}
        data={data}
        dataKey="term"
        series={[
          { name: 'Figure', color: 'indigo.8' },
          { name: 'Target', color: 'orange.8', strokeDasharray: '5 5' },
        ]}
        withLegend
        curveType="linear"
        connectNulls
        // No drawing animation: the figures are there at once, and nothing moves for those who prefer it still.
        lineProps={{ isAnimationActive: false }}
      />
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

/** A chart per KPI: each term's figure against the year's target. Its own chunk: the charts library loads with it. */
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
