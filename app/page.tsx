import { StatusBadge } from '@/components/claims/StatusBadge';
import { StoryList } from '@/components/stories/StoryList';
import { ChartTile } from '@/components/dashboard/ChartTile';
import { DataCurrency } from '@/components/catalogue/DataCurrency';
import { MapChartView } from '@/components/charts/MapChartView';
import { VerdictSummary } from '@/components/dashboard/VerdictSummary';
import { readChartSvg } from '@/lib/charts/svg-store';
import { loadIndex } from '@/lib/data/dataset';
import { SITE_TAGLINE } from '@/lib/site';
import { dataCurrency } from '@/lib/view/catalogue';
import { homeMapTile } from '@/lib/view/home-map-tile';
import { homeView } from '@/lib/view/home-view';
import { recordCoverage } from '@/lib/view/record-coverage';

export default function Home() {
  const { tiles, verdicts, totalClaims, independentVerdicts, checked, stories } = homeView(loadIndex());
  const map = homeMapTile();
  const { lastDeclinedFy } = recordCoverage(loadIndex());
  return (
    <>
      <h1 className="text-2xl font-bold">{SITE_TAGLINE}</h1>
      <p className="muted mt-2">
        Each claim is quoted word for word, set against the official figures that bear on it, and given a plain
        statement of how the two compare.
      </p>

      <h2 className="mt-8 text-xl font-semibold">The official record</h2>
      <ul className="mt-2 grid grid-cols-1 items-start gap-4 sm:grid-cols-2">
        {tiles.map((s) => (
          <ChartTile key={s.id} href={`/charts/${s.id}`} title={s.title} svg={readChartSvg(s.id, 'narrow')} />
        ))}
        {map && (
          <li className="rule rounded border p-3">
            <h3 className="text-sm font-semibold">
              <a href={map.href}>{map.title}</a>
            </h3>
            {/* The map chart's own drawing and legend; its summary names the extremes. County pages are a link away (/counties). */}
            <div className="chart-box mt-2" data-chart-kind="map" data-testid="home-map">
              <MapChartView spec={map.spec} width={map.spec.width} height={map.spec.height} />
            </div>
            <p className="mt-1 text-xs">{map.spec.description}</p>
          </li>
        )}
      </ul>
      <p className="mt-3 text-sm">
        <a href="/charts">Every chart</a> · <a href="/explore">Compare counties over time</a> ·{' '}
        <a href="/counties">County pages</a>
      </p>

      <h2 className="mt-8 text-xl font-semibold">How current the record is</h2>
      <p className="mt-2 text-sm">
        The newest period each dataset covers, read from its figures.{' '}
        {lastDeclinedFy && (
          <>No North Carolina declined-detainer figure has been published since FY{lastDeclinedFy}: </>
        )}
        <a href="/record">what has been published, and when</a>.
      </p>
      <DataCurrency entries={dataCurrency()} />

      <h2 className="mt-8 text-xl font-semibold">Verdicts across all {totalClaims} claims</h2>
      <VerdictSummary verdicts={verdicts} total={totalClaims} />
      <p className="mt-2 text-sm" data-testid="independent-verdicts">
        <span className="font-semibold">{independentVerdicts}</span>
        {` of ${totalClaims} verdicts rest on an independent record, a figure published somewhere other than the claim’s own article. `}
        <a href="/methodology#independence">How we decide</a>.
      </p>

      {checked.length > 0 && (
        <>
          <h2 className="mt-8 text-xl font-semibold">Checked against the record</h2>
          <ul className="mt-2 space-y-3">
            {checked.map((c) => (
              <li key={c.claimId} className="text-sm">
                <blockquote className="border-l-4 pl-3" style={{ borderColor: 'var(--rule)' }}>
                  <p>{c.quote}</p>
                </blockquote>
                <p className="muted mt-1">
                  {c.speaker}, in <a href={`/stories/${c.storyId}`}>{c.outlet}</a>
                </p>
                <p className="mt-1">
                  <StatusBadge status={c.status} label={c.statusLabel} />{' '}
                  <a href={`/claims/${c.claimId}`}>{c.sentence}</a>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className="mt-8 text-xl font-semibold">Latest stories</h2>
      <StoryList stories={stories} />
    </>
  );
}
