'use client';

import { FiguresTable } from '@/components/tables/FiguresTable';
import { CopyButton } from '@/components/share/CopyButton';
import { checkFigureRows } from '@/lib/check/check-figures';
import type { CheckResult } from '@/lib/check/run-check';
import { embedCode } from '@/lib/embed/embed-code';
import { RECORD_HREF } from '@/lib/view/record-coverage';
import { ResultChart } from './ResultChart';

export interface CheckResultViewProps {
  result: CheckResult;
  /** The check's query string, for its link and embed. */
  query: string;
  origin: string | null;
}

/** The first height of a check's embed frame; it then sizes itself. */
export const CHECK_EMBED_HEIGHT = 560;

/** What the verdict rests on: the chart with the reader's number drawn on it, the figures with their sources, the caveats. */
export function CheckResultView({ result, query, origin }: CheckResultViewProps) {
  const { chart, noRecord } = result;
  const series = result.evidence[0]?.series;
  const link = `${origin ?? ''}/check?${query}`;
  return (
    <div className="mt-4">
      {noRecord && (
        <section aria-labelledby="check-exists" className="rule mt-4 rounded border p-3 text-sm">
          <h3 id="check-exists" className="font-semibold">
            What has been published
          </h3>
          <p className="mt-1">
            For {result.claim.geography}, the record holds {series?.short_title ?? 'this measure'} figures for:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {noRecord.periods.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p className="mt-2">
            See <a href={RECORD_HREF}>what has been published</a>, period by period and place by place.
          </p>
        </section>
      )}
      {chart && (
        <figure className="my-4" aria-labelledby="check-chart-title">
          <h3 id="check-chart-title" className="text-base font-semibold">
            {chart.title}
          </h3>
          <p className="muted text-sm">{chart.subtitle}</p>
          <ResultChart spec={chart} describedBy="check-chart-summary" />
          <figcaption className="mt-2 text-sm">
            <p id="check-chart-summary">{chart.description}</p>
            {chart.overlayNote && <p className="mt-1 font-medium">{chart.overlayNote}</p>}
            <p className="muted mt-1">{chart.sourceLine}</p>
          </figcaption>
        </figure>
      )}
      <h3 className="mt-4 font-semibold">The figures it rests on</h3>
      <FiguresTable rows={checkFigureRows(result)} caption="Figures the check rests on" idPrefix="check" />
      {series && (
        <div className="mt-3 text-sm">
          <h3 className="font-semibold">Caveats</h3>
          <p className="mt-1">
            <span className="font-medium">{series.title}:</span> {series.caveats}
          </p>
        </div>
      )}
      <div className="mt-4 text-sm">
        <h3 className="font-semibold">Share or embed this check</h3>
        <p className="mt-1 break-all">
          <a href={`/check?${query}`}>{link}</a>
        </p>
        <div className="mt-2 flex flex-wrap gap-3">
          <CopyButton text={link} label="link" />
          <CopyButton
            text={() =>
              embedCode(
                {
                  path: `/embed/check?${query}`,
                  title: `Check: ${result.claim.period} · On the Record`,
                  height: CHECK_EMBED_HEIGHT,
                },
                origin ?? window.location.origin,
              )
            }
            label="embed code"
          />
        </div>
      </div>
    </div>
  );
}
