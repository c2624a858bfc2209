import { safeHref } from '@/lib/format/url';
import type { FigureRow } from '@/lib/view/evidence-table';
import { ROLE_LABEL } from '@/lib/vocabulary/roles';

const ROLE_WORDS: Record<FigureRow['role'], string> = { ...ROLE_LABEL, series: 'Figure' };

/** Every figure behind a chart, with its period, source, locator and confidence. Plain HTML: readable without JavaScript. */
export function FiguresTable({ rows, caption, showRole = true }: { rows: FigureRow[]; caption: string; showRole?: boolean }) {
  return (
    <div className="my-3 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="rule border-b">
            <th scope="col" className="py-1 pr-3">Figure</th>
            {showRole && <th scope="col" className="py-1 pr-3">Role</th>}
            <th scope="col" className="py-1 pr-3">Value</th>
            <th scope="col" className="py-1 pr-3">Period</th>
            <th scope="col" className="py-1 pr-3">Source</th>
            <th scope="col" className="py-1">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="rule border-b align-top" id={`figure-${r.id}`}>
              <th scope="row" className="py-1 pr-3 font-normal">
                <a href={`/charts/${r.seriesId}`}>{r.label}</a>
              </th>
              {showRole && <td className="py-1 pr-3">{ROLE_WORDS[r.role]}</td>}
              <td className="py-1 pr-3 whitespace-nowrap">{r.valueText}</td>
              <td className="py-1 pr-3">{r.period}</td>
              <td className="py-1 pr-3">
                <a href={safeHref(r.sourceUrl)} rel="noopener noreferrer nofollow">{r.sourceTitle}</a>
                <span className="muted block text-xs">{r.sourcePublisher}</span>
                <details className="text-xs">
                  <summary className="cursor-pointer">Where in the source</summary>
                  {r.locatorType === 'verbatim' ? <blockquote className="mt-1 border-l-2 pl-2">“{r.locator}”</blockquote> : <p className="mt-1">{r.locatorType === 'computed' ? 'Computed: ' : r.locatorType === 'table' ? 'Table: ' : 'Research summary (not a quotation): '}{r.locator}</p>}
                  {r.note && <p className="muted mt-1">{r.note}</p>}
                </details>
              </td>
              <td className="py-1">{r.confidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
