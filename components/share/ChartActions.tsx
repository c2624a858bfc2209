import type { ChartSpec } from '@/lib/charts/chart-spec';
import { embedPath, embedTarget, initialEmbedHeight } from '@/lib/embed/embed-code';
import { countOf } from '@/lib/format/number';
import { SITE_ORIGIN } from '@/lib/site';
import { chartCsvHref } from '@/lib/view/chart-rows';
import { Citation } from './Citation';
import { EmbedCode } from './EmbedCode';
import { PageLink } from './PageLink';

export interface ChartActionsProps {
  spec: ChartSpec;
  agencies: string[];
  /** Build date (YYYY-MM-DD), the default access date in citations. */
  builtOn: string;
}

/** Download links are at least 24×24 px, a comfortable target on a phone (WCAG 2.5.8). */
const TARGET = 'inline-flex min-h-6 min-w-6 items-center';

/**
 * Embed, download, cite and link: what a journalist needs to reuse a chart. Each panel is a <details>
 * element, so it opens by keyboard and works without JavaScript; only the copy buttons need it.
 */
export function ChartActions({ spec, agencies, builtOn }: ChartActionsProps) {
  return (
    <div className="mt-3 space-y-2" data-testid="chart-actions">
      <details className="rule rounded border p-2">
        <summary className="cursor-pointer font-medium">Embed this chart</summary>
        <p className="mt-2 text-sm">
          Paste this into your article. The frame sizes itself with the script; without it, it keeps its first height.
        </p>
        <EmbedCode target={embedTarget(spec)} origin={SITE_ORIGIN} />
        <p className="mt-2 text-sm">
          Options, added to the address in <code>src</code>: <code>?theme=dark</code> for a dark chart, or{' '}
          <code>?theme=auto</code> to follow the reader’s system setting (the default is light, to match most article
          pages); <code>?plain=1</code> for the chart alone, without its title and source line. Join two with{' '}
          <code>&amp;</code>.
        </p>
        <p className="mt-3 text-sm font-medium">Preview</p>
        <iframe
          src={embedPath(spec)}
          title={`Preview: ${spec.title}`}
          loading="lazy"
          className="rule mt-1 w-full rounded border"
          style={{ height: initialEmbedHeight(spec) }}
        />
      </details>
      <details className="rule rounded border p-2">
        <summary className="cursor-pointer font-medium">Download</summary>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li>
            <a className={TARGET} href={`/charts/${spec.id}.png`} download>
              PNG (2×)
            </a>
          </li>
          <li>
            <a className={TARGET} href={`/charts/${spec.id}-dark.png`} download>
              PNG, dark
            </a>
          </li>
          <li>
            <a className={TARGET} href={`/charts/${spec.id}.svg`} download>
              SVG
            </a>
          </li>
          <li>
            <a className={TARGET} href={`/charts/${spec.id}-dark.svg`} download>
              SVG, dark
            </a>
          </li>
          <li>
            <a className={TARGET} href={chartCsvHref(spec)} download data-testid="chart-csv">
              CSV of the chart’s {countOf(spec.rows.length, 'row')}
            </a>
          </li>
        </ul>
      </details>
      <details className="rule rounded border p-2">
        <summary className="cursor-pointer font-medium">Cite</summary>
        <div className="mt-2">
          <Citation
            input={{ title: spec.title, agencies, accessed: builtOn, year: builtOn.slice(0, 4) }}
            path={spec.href}
            origin={SITE_ORIGIN}
          />
        </div>
      </details>
      <details className="rule rounded border p-2">
        <summary className="cursor-pointer font-medium">Link</summary>
        <PageLink path={spec.href} origin={SITE_ORIGIN} />
      </details>
    </div>
  );
}
