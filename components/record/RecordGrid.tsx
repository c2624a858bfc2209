import type { RecordCoverage } from '@/lib/view/record-coverage';

const CELL = 22;
const LABEL = 190;
/** Room above the first row for the year labels, which rise up and to the right from their column. */
const HEAD = 40;
/** The last year's label leans past its column. */
const RIGHT = 22;

/**
 * Which official record exists, year by year: one row per record, one column per federal FY, a filled
 * square where a published figure covers the year. An inline SVG (no script); the table below gives the same.
 */
export function RecordGrid({ coverage }: { coverage: RecordCoverage }) {
  const { rows, fiscalYears } = coverage;
  const width = LABEL + fiscalYears.length * CELL + RIGHT;
  const height = HEAD + rows.length * CELL + 8;
  return (
    <figure className="my-4" data-testid="record-grid">
      <div
        className="overflow-x-auto"
        role="region"
        aria-label="Chart: which official record exists, by fiscal year"
        tabIndex={0}
      >
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          role="img"
          aria-label={coverage.summary}
          style={{ fontSize: 11, minWidth: 560, maxWidth: width, height: 'auto', display: 'block' }}
        >
          {fiscalYears.map((y, i) => (
            <text
              key={y}
              x={LABEL + i * CELL + CELL / 2 - 3}
              y={HEAD - 4}
              textAnchor="start"
              transform={`rotate(-60 ${LABEL + i * CELL + CELL / 2 - 3} ${HEAD - 4})`}
              fill="currentColor"
              data-year-label=""
            >
              {`FY${String(y).slice(2)}`}
            </text>
          ))}
          {rows.map((r, j) => (
            <g key={r.id} transform={`translate(0 ${HEAD + j * CELL})`}>
              <text x={LABEL - 8} y={CELL / 2 + 4} textAnchor="end" fill="currentColor" data-row-label="">
                {r.short}
              </text>
              {fiscalYears.map((y, i) => (
                <rect
                  key={y}
                  x={LABEL + i * CELL + 2}
                  y={2}
                  width={CELL - 4}
                  height={CELL - 4}
                  rx={2}
                  fill={r.years.includes(y) ? 'var(--accent, #1f5fa8)' : 'none'}
                  stroke="currentColor"
                  strokeOpacity={r.years.includes(y) ? 0 : 0.25}
                />
              ))}
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="muted mt-2 text-sm">
        A filled square: a published North Carolina figure of that record covers part of the federal fiscal year
        (October to September). An empty square: none is published here.
      </figcaption>
    </figure>
  );
}
