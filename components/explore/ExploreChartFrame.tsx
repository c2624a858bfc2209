import type { ViewRow } from '@/lib/view/explore-data';
import { LINE_SIZES, lineChartLayout } from '@/lib/view/explore-chart';
import { ExploreLines } from './ExploreLines';

/** The lines in both layouts; the container's width shows one (the chart-frame rule every chart uses). */
export function ExploreChartFrame({ rows, counties, periods, unit, summaryId }: { rows: ViewRow[]; counties: string[]; periods: string[]; unit: string; summaryId: string }) {
  return (
    <div className="chart-frame">
      {(['wide', 'narrow'] as const).map((variant) => (
        <div key={variant} className={`chart-${variant}`}>
          <ExploreLines layout={lineChartLayout(rows, counties, periods, LINE_SIZES[variant].width, LINE_SIZES[variant].height)} unit={unit} summaryId={summaryId} />
        </div>
      ))}
    </div>
  );
}
