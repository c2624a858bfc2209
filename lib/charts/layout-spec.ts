import { keyLayout } from './chart-key';
import { CHART_WIDTH, type ChartSpec, chartHeight, evenTicks, labelWidth } from './chart-spec';
import { describeChart } from './describe';
import { sourceLine } from './source-line';

/** What a chart builder decides: the data, the claim overlay, the words. Layout and summary are derived. */
export type ChartContent = Omit<ChartSpec, 'ticks' | 'labelWidth' | 'description' | 'sourceLine' | 'width' | 'height'>;

/** Completes a chart spec at the standard width: ticks, label column, height, source line and text summary. */
export function layoutSpec(content: ChartContent): ChartSpec {
  const spec: ChartSpec = {
    ...content,
    ticks: evenTicks(content.domainMin, content.domainMax),
    labelWidth: labelWidth(content.rows.map((r) => r.category)),
    sourceLine: sourceLine(content.publishers),
    description: '',
    width: CHART_WIDTH,
    height: 0,
  };
  spec.height = chartHeight(spec.rows.length, spec.bars.length, keyLayout(spec).height);
  spec.description = describeChart(spec);
  return spec;
}
