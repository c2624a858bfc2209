import { safeHref } from '@/lib/format/url';
import type { FigureRow } from '@/lib/view/evidence-table';
import { ROLE_LABEL } from '@/lib/vocabulary/roles';

const ROLE_WORDS: Record<FigureRow['role'], string> = { ...ROLE_LABEL, series: 'Figure' };

export interface FiguresTableProps {
  rows: FigureRow[];
  caption: string;
  showRole?: boolean;
  /** Makes row ids unique when several tables on a page list the same figure (a story page's cards). */
  idPrefix?: string;
}

/** On a phone each cell becomes a line of its row's block, led by its column name (the header row is hidden there). */
const CELL = 'py-1 pr-3 max-sm:block max-sm:py-0.5 max-sm:pr-0';
const Label = ({ children }: { children: string }) => <span className="muted font-medium sm:hidden">{children}: </span>;

/**
 * Every figure behind a chart, with its period, source, locator and confidence. Plain HTML: readable without JavaScript.
 * Below 640 px the table stacks: each figure is a block, so nothing scrolls sideways. The explicit roles keep it a
 * table for screen readers, whose browsers drop table semantics when CSS changes a table's display.
 */
export function FiguresTable({ rows, caption, showRole = true, idPrefix }: FiguresTableProps) {
  return (
    <section className="my-3 sm:overflow-x-auto" aria-label={caption} tabIndex={0}>
      <table role="table" className="w-full border-collapse text-left text-sm max-sm:block">
        <caption className="sr-only">{caption}</caption>
        <thead className="max-sm:sr-only">
          <tr role="row" className="rule border-b">
            <th role="columnheader" scope="col" className="py-1 pr-3">
              Figure
            </th>
            {showRole && (
              <th role="columnheader" scope="col" className="py-1 pr-3">
                Role
              </th>
            )}
            <th role="columnheader" scope="col" className="py-1 pr-3">
              Value
            </th>
            <th role="columnheader" scope="col" className="py-1 pr-3">
              Period
            </th>
            <th role="columnheader" scope="col" className="py-1 pr-3">
              Source
            </th>
            <th role="columnheader" scope="col" className="py-1">
              Confidence
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="max-sm:block">
          {rows.map((r) => (
            <tr
              role="row"
              key={r.id}
              className="rule border-b align-top max-sm:block max-sm:py-2"
              id={idPrefix ? `figure-${idPrefix}-${r.id}` : `figure-${r.id}`}
            >
              <th role="rowheader" scope="row" className={`${CELL} font-normal`}>
                <a href={`/charts/${r.seriesId}`} className="max-sm:font-medium">
                  {r.label}
                </a>
              </th>
              {showRole && (
                <td role="cell" className={CELL}>
                  <Label>Role</Label>
                  {ROLE_WORDS[r.role]}
                </td>
              )}
              <td role="cell" className={`${CELL} sm:whitespace-nowrap`}>
                <Label>Value</Label>
                {r.valueText}
              </td>
              <td role="cell" className={CELL}>
                <Label>Period</Label>
                {r.period}
              </td>
              <td role="cell" className={CELL}>
                <Label>Source</Label>
                <a href={safeHref(r.sourceUrl)} rel="noopener noreferrer nofollow">
                  {r.sourceTitle}
                </a>
                <span className="muted block text-xs">{r.sourcePublisher}</span>
                <details className="text-xs">
                  <summary className="min-h-6 cursor-pointer py-1">Where in the source</summary>
                  {r.locatorType === 'verbatim' ? (
                    <blockquote className="mt-1 border-l-2 pl-2">“{r.locator}”</blockquote>
                  ) : (
                    <p className="mt-1">
                      {r.locatorType === 'computed'
                        ? 'Computed: '
                        : r.locatorType === 'table'
                          ? 'Table: '
                          : 'Research summary (not a quotation): '}
                      {r.locator}
                    </p>
                  )}
                  {r.note && <p className="muted mt-1">{r.note}</p>}
                </details>
              </td>
              <td role="cell" className="py-1 max-sm:block max-sm:py-0.5">
                <Label>Confidence</Label>
                {r.confidence}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
