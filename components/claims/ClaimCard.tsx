import { ChartFigure } from '@/components/charts/ChartFigure';
import { FiguresTable } from '@/components/tables/FiguresTable';
import { safeHref } from '@/lib/format/url';
import type { ClaimView } from '@/lib/view/claim-view';
import { StoryDate } from './StoryDate';
import { StatusBadge } from './StatusBadge';
import { RecordGapNote } from './RecordGapNote';
import type { RecordAnswer } from '@/lib/view/record-coverage';

/** Where a card sits in its story, for the links that move from claim to claim. */
export interface ClaimPlace {
  index: number;
  total: number;
  previous: string | null;
  next: string | null;
  /** Id of the story's claim index. */
  list: string;
}

export interface ClaimCardProps {
  view: ClaimView;
  svg: { wide: string; narrow: string } | null;
  /** On a story page the card links to the claim's permalink; on the claim page it is the page. */
  linkToClaim: boolean;
  /** Level of the card's own headings: 3 under a story's h2, 2 on the claim page. */
  headingLevel?: 2 | 3;
  /**
   * On a story page: the card is a labelled region ("Claim 2 of 7") with links to the previous and next claims
   * and the claim index, and shows the quote and verdict with the evidence folded into a <details> until opened.
   */
  place?: ClaimPlace;
  /** The county page of a claim about one NC county (lib/view/county-link.ts), linked as "Mecklenburg County's figures". */
  county?: { name: string; href: string } | null;
  /** When no published record covers the claim's period (lib/view/record-coverage.ts claimRecordGap): said in words, with the page. */
  recordGap?: RecordAnswer | null;
}

/** Two counts of the same thing, side by side: who said each and each number as stated; no verdict. */
function TwoCounts({ counts }: { counts: ClaimView['counts'] }) {
  return (
    <>
      <p className="mt-3 text-sm font-medium">The two counts, side by side:</p>
      <ul className="mt-1 grid grid-cols-1 gap-3 sm:grid-cols-2" data-testid="two-counts">
        {counts.map((c) => (
          <li key={c.claimId} className="rule rounded border p-3 text-sm">
            <p className="font-semibold">{c.who}</p>
            <p className="mt-1 text-lg font-semibold">{c.stated}</p>
            <p className="muted mt-1">
              {c.isThis ? 'This claim' : <a href={`/claims/${c.claimId}`}>The other count</a>} · {c.outlet},{' '}
              <StoryDate date={c.date} />
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The heart of the product: the quote, who said it, how it compares, the chart, the figures, caveats and sources. */
export function ClaimCard({
  view,
  svg,
  linkToClaim,
  headingLevel = 3,
  place,
  county = null,
  recordGap = null,
}: ClaimCardProps) {
  const { claim, story, comparison, chart } = view;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const label = place ? `claim-label-${claim.id}` : `quote-${claim.id}`;
  const Card = place ? 'section' : 'article';
  const evidence = (
    <>
      {chart && svg && <ChartFigure spec={chart} svg={svg} headingLevel={headingLevel} />}
      <FiguresTable
        rows={view.figures}
        caption={`Figures compared with claim ${claim.position} of the story (${claim.id})`}
        idPrefix={claim.id}
      />
      <div className="mt-3 text-sm">
        <Heading id={`caveats-${claim.id}`} className="font-semibold">
          Caveats
        </Heading>
        <ul className="mt-1 list-disc pl-5">
          {view.caveats.map((c) => (
            <li key={c.title}>
              <span className="font-medium">{c.title}:</span> {c.text}
            </li>
          ))}
        </ul>
      </div>
      <div className="mt-3 text-sm">
        <Heading id={`sources-${claim.id}`} className="font-semibold">
          Sources
        </Heading>
        <ul className="mt-1 list-disc pl-5">
          <li>
            Claim:{' '}
            <a href={safeHref(story.url)} rel="noopener noreferrer nofollow">
              {story.outlet}
              {story.date ? `, ${story.date}` : ''}
            </a>
          </li>
          {view.sources.map((s) => (
            <li key={s.id}>
              <a href={safeHref(s.url)} rel="noopener noreferrer nofollow">
                {s.title}
              </a>{' '}
              ({s.publisher}
              {s.date ? `, ${s.date}` : ''})
            </li>
          ))}
        </ul>
      </div>
      {view.series.length > 0 && (
        <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
          {view.series.map((s) => (
            <a key={s.id} className="inline-flex min-h-6 items-center" href={`/charts/${s.id}`}>
              Chart: {s.short_title}
            </a>
          ))}
        </p>
      )}
    </>
  );
  return (
    <Card className="claim-card rule my-6 rounded-lg border p-4 sm:p-6" id={claim.id} aria-labelledby={label}>
      {place && (
        <div className="mb-2 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
          <Heading id={label} className="font-semibold">
            Claim {place.index} of {place.total}
          </Heading>
          <nav aria-label={`Claim ${place.index} of ${place.total}: move to`} className="flex flex-wrap gap-x-4">
            {place.previous && (
              <a className="inline-flex min-h-6 items-center" href={`#${place.previous}`}>
                Previous claim
              </a>
            )}
            {place.next && (
              <a className="inline-flex min-h-6 items-center" href={`#${place.next}`}>
                Next claim
              </a>
            )}
            <a className="inline-flex min-h-6 items-center" href={`#${place.list}`}>
              All claims
            </a>
          </nav>
        </div>
      )}
      {/* The quote is rendered as text exactly as recorded; it often carries its own quotation marks. */}
      <blockquote
        id={`quote-${claim.id}`}
        className="border-l-4 pl-3 text-lg leading-snug"
        style={{ borderColor: 'var(--rule)' }}
        data-testid="quote"
      >
        <p>{claim.quote}</p>
      </blockquote>
      <p className="muted mt-2 text-sm">
        {claim.speaker}
        {claim.attributed_to !== claim.speaker && <> · credited to {claim.attributed_to}</>} · {story.outlet},{' '}
        <StoryDate date={story.date} />
      </p>
      <div className="mt-3 flex flex-wrap items-start gap-2">
        <StatusBadge status={comparison.status} label={view.statusLabel} />
      </div>
      <p className="mt-2 font-medium" data-testid="comparison">
        {comparison.sentence}
      </p>
      {view.counts.length > 0 && <TwoCounts counts={view.counts} />}
      <p className="muted mt-1 text-sm">
        Claim as stated: {claim.geography}; period: {claim.period}.
        {view.periodDerivation && (
          <>
            {' '}
            How the period was worked out: <span data-testid="period-derivation">{view.periodDerivation}</span>.
          </>
        )}
      </p>
      <RecordGapNote gap={recordGap} />
      {place ? (
        <details className="claim-evidence mt-3">
          <summary className="min-h-6 cursor-pointer py-1 font-medium">Chart, figures, caveats and sources</summary>
          {evidence}
        </details>
      ) : (
        evidence
      )}
      {(linkToClaim || view.trails.length > 0 || county) && (
        <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
          {linkToClaim && (
            <a className="inline-flex min-h-6 items-center" href={`/claims/${claim.id}`}>
              Permalink to this claim
            </a>
          )}
          {county && (
            <a className="inline-flex min-h-6 items-center" href={county.href} data-testid="claim-county">
              {county.name}&rsquo;s figures
            </a>
          )}
          {view.trails.map((t) => (
            <a
              key={t.id}
              className="inline-flex min-h-6 items-center"
              href={t.href}
              aria-label={`How this number travelled: ${t.title}`}
            >
              How this number travelled
            </a>
          ))}
        </p>
      )}
    </Card>
  );
}
