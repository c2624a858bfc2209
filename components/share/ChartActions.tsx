import type { ChartSpec } from '@/lib/charts/chart-spec';
import { embedCode, embedPath } from '@/lib/embed/embed-code';
import { permalink } from '@/lib/site';
import { chartCsvHref } from '@/lib/view/chart-rows';
import { Citation } from './Citation';
import { CopyButton } from './CopyButton';

export interface ChartActionsProps {
  spec: ChartSpec;
  agencies: string[];
  /** Build date (YYYY-MM-DD), the default access date in citations. */
  builtOn: string;
}

/**
 * Embed, download, cite and link: what a journalist needs to reuse a chart. Each panel is a <details>
 * element, so it opens by keyboard and works without JavaScript; only the copy buttons need it.
 */
export function ChartActions({ spec, agencies, builtOn }: ChartActionsProps) {
  const code = embedCode(spec);
  const link = permalink(spec.href);
  return (
    <div className="mt-3 space-y-2" data-testid="chart-actions">
      <details className="rule rounded border p-2">
        <summary className="cursor-pointer font-medium">Embed this chart</summary>
        <p className="mt-2 text-sm">Paste this into your article. The frame sizes itself with the script; without it, it keeps its first height.</p>
        <pre className="rule mt-2 overflow-x-auto rounded border p-2 text-xs"><code data-testid="embed-code">{code}</code></pre>
        <div className="mt-2"><CopyButton text={code} label="Embed code" /></div>
        <p className="mt-3 text-sm font-medium">Preview</p>
        <iframe src={embedPath(spec)} title={`Preview: ${spec.title}`} loading="lazy" className="rule mt-1 w-full rounded border" style={{ height: spec.height + 110 }} />
      </details>
      <details className="rule rounded border p-2">
        <summary className="cursor-pointer font-medium">Download</summary>
        <ul className="mt-2 flex flex-wrap gap-4 text-sm">
          <li><a href={`/charts/${spec.id}.png`} download>PNG (2×)</a></li>
          <li><a href={`/charts/${spec.id}-dark.png`} download>PNG, dark</a></li>
          <li><a href={`/charts/${spec.id}.svg`} download>SVG</a></li>
          <li><a href={`/charts/${spec.id}-dark.svg`} download>SVG, dark</a></li>
          <li><a href={chartCsvHref(spec)} download data-testid="chart-csv">CSV of the chart’s {spec.rows.length} rows</a></li>
        </ul>
      </details>
      <details className="rule rounded border p-2">
        <summary className="cursor-pointer font-medium">Cite</summary>
        <div className="mt-2"><Citation input={{ title: spec.title, agencies, url: link, accessed: builtOn, year: builtOn.slice(0, 4) }} /></div>
      </details>
      <details className="rule rounded border p-2">
        <summary className="cursor-pointer font-medium">Link</summary>
        <p className="mt-2 break-all text-sm"><a href={spec.href}>{link}</a></p>
        <div className="mt-1"><CopyButton text={link} label="Link" /></div>
      </details>
    </div>
  );
}
