import type { ChartSpec } from '@/lib/charts/chart-spec';

/** A chart's values as a table: a row per category, a column per bar, labels as the chart prints them. */
export function ChartValuesTable({ spec, caption }: { spec: ChartSpec; caption: string }) {
  return (
    <div className="my-3 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="rule border-b">
            <th scope="col" className="py-1 pr-3">Period</th>
            {spec.bars.map((b) => <th key={b.key} scope="col" className="py-1 pr-3 text-right">{b.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row) => (
            <tr key={row.category} className="rule border-b">
              <th scope="row" className="py-1 pr-3 font-normal">{row.category}</th>
              {spec.bars.map((b) => <td key={b.key} className="py-1 pr-3 text-right tabular-nums">{row.labels[b.key] ?? 'no record'}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
