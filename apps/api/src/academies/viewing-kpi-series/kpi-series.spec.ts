import type { AcademyCardView } from '@trust/projections';
import { kpiSeriesOf } from './kpi-series.js';

type Row = AcademyCardView['kpis'][number];

const row = (overrides: Partial<Row>): Row => ({
  kpi: 'attendance',
  academicYear: '2024/25',
  term: 'autumn',
  value: 95,
  target: 96,
  nationalAverage: 94.5,
  source: 'academy-data',
  rag: 'amber',
  corrected: false,
  ...overrides,
});

const cardWith = (kpis: Row[]): AcademyCardView => ({ academyId: '141023', name: 'Oak Primary', kpis } as unknown as AcademyCardView);

describe('kpiSeriesOf', () => {
  it('gives one series per KPI in the trust\'s order, empty where the card has no figure', () => {
    const series = kpiSeriesOf(cardWith([]));
    expect(series).toEqual({ academyId: '141023', name: 'Oak Primary', series: ['progress', 'curriculum', 'teaching', 'attendance', 'transition'].map((kpi) => ({ kpi, points: [], targets: [] })) });
  });

  it('orders the figures by year, then autumn, spring, summer, keeping each one\'s target, RAG and correction', () => {
    const card = cardWith([
      row({ academicYear: '2024/25', term: 'summer', value: 97, rag: 'green', corrected: true }),
      row({ academicYear: '2023/24', term: 'spring', value: 93, target: 95, rag: 'red' }),
      row({ academicYear: '2024/25', term: 'autumn', value: 95 }),
    ]);
    const attendance = kpiSeriesOf(card).series.find((series) => series.kpi === 'attendance');
    expect(attendance?.points.map((point) => [point.academicYear, point.term, point.value, point.target, point.rag, point.corrected])).toEqual([
      ['2023/24', 'spring', 93, 95, 'red', false],
      ['2024/25', 'autumn', 95, 96, 'amber', false],
      ['2024/25', 'summer', 97, 96, 'green', true],
    ]);
    expect(attendance?.targets).toEqual([
      { academicYear: '2023/24', target: 95 },
      { academicYear: '2024/25', target: 96 },
    ]);
  });

  it('keeps a target that has no figure yet as a target, not as a point', () => {
    const progress = kpiSeriesOf(cardWith([row({ kpi: 'progress', academicYear: '2025/26', term: null, value: null, target: 80, rag: 'grey', source: null })])).series[0];
    expect(progress).toEqual({ kpi: 'progress', points: [], targets: [{ academicYear: '2025/26', target: 80 }] });
  });
});
