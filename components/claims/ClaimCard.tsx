import { ChartFigure } from '@/components/charts/ChartFigure';
import { FiguresTable } from '@/components/tables/FiguresTable';
import { safeHref } from '@/lib/format/url';
import type { ClaimView } from '@/lib/view/claim-view';
import { StatusBadge } from './StatusBadge';

export interface ClaimCardProps {
  view: ClaimView;
  svg: string | null;
  /** On a story page the card links to the claim's permalink; on the claim page it is the page. */
  linkToClaim: boolean;
}

/** The heart of the product: the quote, who said it, how it compares, the chart, the figures, caveats and sources. */
export function ClaimCard({ view, svg, linkToClaim }: ClaimCardProps) {
  const { claim, story, comparison, chart } = view;
  return (
    <article className="rule my-6 rounded-lg border p-4 sm:p-6" id={claim.id} aria-labelledby={`quote-${claim.id}`}>
      {/* The quote is rendered as text exactly as recorded; it often carries its own quotation marks. */}
      <blockquote id={`quote-${claim.id}`} className="border-l-4 pl-3 text-lg leading-snug" style={{ borderColor: 'var(--rule)' }} data-testid="quote">
        <p>{claim.quote}</p>
      </blockquote>
      <p className="muted mt-2 text-sm">
        {claim.speaker}
        {claim.attributed_to !== claim.speaker && <> · credited to {claim.attributed_to}</>} · {story.outlet}, <time dateTime={story.date}>{story.date}</time>
      </p>
      <div className="mt-3 flex flex-wrap items-start gap-2">
        <StatusBadge status={comparison.status} label={view.statusLabel} />
      </div>
      <p className="mt-2 font-medium" data-testid="comparison">{comparison.sentence}</p>
      <p className="muted mt-1 text-sm">
        Claim as stated: {claim.geography}; period: {claim.period}.
      </p>
      {chart && svg && <ChartFigure spec={chart} svg={svg} />}
      <FiguresTable rows={view.figures} caption={`Figures compared with the claim: ${claim.quote.slice(0, 80)}`} />
      <section aria-label="Caveats" className="mt-3 text-sm">
        <h3 className="font-semibold">Caveats</h3>
        <ul className="mt-1 list-disc pl-5">
          {view.caveats.map((c) => (
            <li key={c.title}>
              <span className="font-medium">{c.title}:</span> {c.text}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Sources" className="mt-3 text-sm">
        <h3 className="font-semibold">Sources</h3>
        <ul className="mt-1 list-disc pl-5">
          <li>
            Claim: <a href={safeHref(story.url)} rel="noopener noreferrer nofollow">{story.outlet}, {story.date}</a>
          </li>
          {view.sources.map((s) => (
            <li key={s.id}>
              <a href={safeHref(s.url)} rel="noopener noreferrer nofollow">{s.title}</a> ({s.publisher}{s.date ? `, ${s.date}` : ''})
            </li>
          ))}
        </ul>
      </section>
      <nav aria-label="Claim links" className="mt-3 flex flex-wrap gap-4 text-sm">
        {linkToClaim && <a href={`/claims/${claim.id}`}>Permalink to this claim</a>}
        {view.series.map((s) => (
          <a key={s.id} href={`/charts/${s.id}`}>Chart: {s.short_title}</a>
        ))}
      </nav>
    </article>
  );
}
