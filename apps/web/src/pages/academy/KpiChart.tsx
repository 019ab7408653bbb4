import { useMantineTheme } from '@mantine/core';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface KpiChartPoint {
  /** The term's label on the axis, e.g. `Aut 24/25`. */
  label: string;
  /** Null for a term with no figure yet: a gap in the line. */
  value: number | null;
  target: number | null;
}

const HEIGHT = 180;

/**
 * One KPI's figures against its target, term by term, drawn by uPlot on a canvas: a few kilobytes and a
 * few milliseconds where an SVG chart library took hundreds of each (the Academy page draws five). The
 * canvas is an image to assistive technology: the figures themselves are in the table beside it.
 */
export function KpiChart({ points, description }: { points: readonly KpiChartPoint[]; description: string }) {
  const theme = useMantineTheme();
  const holder = useRef<HTMLDivElement>(null);
  const figureColour = theme.colors.indigo[8];
  const targetColour = theme.colors.orange[8];

  useEffect(() => {
    const element = holder.current;
    if (element === null) return;
    const labels = points.map((point) => point.label);
    const data: uPlot.AlignedData = [points.map((_, index) => index), points.map((point) => point.value), points.map((point) => point.target)];
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, 240),
      height: HEIGHT,
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: (_, min, max) => [min - 0.3, max + 0.3] } },
      axes: [
        { splits: () => labels.map((_, index) => index), values: (_, splits) => splits.map((split) => labels[split] ?? ''), stroke: theme.colors.gray[8], size: 36 },
        { stroke: theme.colors.gray[8], size: 44 },
      ],
      // Marks the chart drawn, for whoever waits for it (the benchmark of the Academy page).
      hooks: { draw: [() => element.setAttribute('data-drawn', 'true')] },
      series: [
        { label: 'Term', value: (_, index: number | null) => (index === null ? '' : (labels[index] ?? '')) },
        { label: 'Figure', stroke: figureColour, width: 2, points: { size: 6 } },
        { label: 'Target', stroke: targetColour, width: 2, dash: [5, 5], spanGaps: true, points: { size: 5 } },
      ],
    };
    const chart = new uPlot(options, data, element);
    const resize = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      if (width > 0 && width !== chart.width) chart.setSize({ width, height: HEIGHT });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [points, figureColour, targetColour, theme.colors.gray]);

  return <div ref={holder} data-kpi-chart role="img" aria-label={description} />;
}
