import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { DataTable } from '@/components/tables/DataTable';
import { loadTables } from '@/lib/data/dataset';
import { safeHref } from '@/lib/format/url';
import { catalogue, indexHref, PAGE_ROWS, pageHref } from '@/lib/view/catalogue';
import { countyColumn, countyDownloads } from '@/lib/view/county-rows';
import { datasetLd } from '@/lib/view/structured-data';

type Params = { params: Promise<{ dataset: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => catalogue().map((e) => ({ dataset: e.name }));

const find = async ({ params }: Params) => {
  const { dataset } = await params;
  return catalogue().find((e) => e.name === dataset)!;
};

export async function generateMetadata(props: Params): Promise<Metadata> {
  const e = await find(props);
  return { title: `${e.title} (data)`, description: e.description };
}

export default async function DatasetPage(props: Params) {
  const e = await find(props);
  const { tables } = loadTables();
  const rows = (tables[e.name] ?? []).map((r) => r.values);
  const firstPage = rows.slice(0, PAGE_ROWS);
  const county = countyColumn(e.fields);
  const countyNames = new Map((tables.nc_aoc_caseload ?? []).map((r) => [String(r.values.fips), String(r.values.county)]));
  const byCounty = county ? countyDownloads(e.file, rows, county, countyNames) : [];
  const unitField = (name: string) => (name === 'value' ? 'see unit column' : name === 'cases' ? 'cases' : '');
  return (
    <>
      <JsonLd data={datasetLd(e)} />
      <p className="text-sm"><a href="/data">← All data</a></p>
      <h1 className="mt-1 text-2xl font-bold">{e.title}</h1>
      <p className="mt-2">{e.description}</p>
      <p className="mt-2" data-testid="data-as-of"><strong>Data as of:</strong> {e.asOf?.words ?? 'no dated rows'} <span className="muted">(the newest period the rows cover; see <a href="/record">what has been published, and when</a>)</span></p>
      <p className="mt-2 flex flex-wrap gap-4 text-sm">
        <a href={e.csvHref} download data-testid="download-csv">Download CSV ({e.rows.toLocaleString('en-US')} rows, {e.columns} columns)</a>
        <a href={e.jsonHref} download>Download JSON ({e.rows.toLocaleString('en-US')} rows)</a>
        <a href={e.schemaHref}>Table Schema</a>
      </p>
      <p className="muted mt-1 break-all text-xs">SHA-256 {e.sha256} · {e.licence.title} · file last changed {e.lastUpdated ?? 'not recorded'} (the file, not the data)</p>

      <h2 className="mt-6 text-xl font-semibold">Schema</h2>
      <div className="my-2 overflow-x-auto" role="region" aria-label={`Schema of ${e.title}`} tabIndex={0}>
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="rule border-b"><th scope="col" className="py-1 pr-3">Column</th><th scope="col" className="py-1 pr-3">Type</th><th scope="col" className="py-1 pr-3">Unit</th><th scope="col" className="py-1">Description</th></tr>
          </thead>
          <tbody>
            {e.fields.map((f) => (
              <tr key={f.name} className="rule border-b align-top">
                <th scope="row" className="py-1 pr-3 font-mono font-normal">{f.name}</th>
                <td className="py-1 pr-3">{f.type}{f.constraints?.required ? ', required' : ''}</td>
                <td className="py-1 pr-3">{unitField(f.name)}</td>
                <td className="py-1">{f.description}{f.constraints?.enum ? `. One of: ${f.constraints.enum.join(', ')}.` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="mt-6 text-xl font-semibold">Sources and caveats</h2>
      {e.caveats && <p className="mt-1 text-sm">{e.caveats}</p>}
      <ul className="mt-1 list-disc pl-5 text-sm">
        {e.sources.slice(0, 25).map((s, i) => <li key={i}>{s.url ? <a href={safeHref(s.url)} rel="noopener noreferrer nofollow">{s.title}</a> : s.title}</li>)}
        {e.sources.length > 25 && <li>and {e.sources.length - 25} more, listed in <a href="/data/sources">sources</a></li>}
      </ul>
      <p className="mt-2 text-sm">Caveats for each series and figure are in the <a href="/data/series">series</a> and <a href="/data/observations">observations</a> tables, and in the data README shipped in the <a href="/data">ZIP download</a>.</p>

      <h2 className="mt-6 text-xl font-semibold">The data</h2>
      {byCounty.length > 0 && (
        <details className="mt-2 text-sm" data-testid="county-downloads">
          <summary>Download one county&apos;s rows as CSV ({byCounty.length} counties)</summary>
          <ul className="mt-1 columns-2 sm:columns-3">
            {byCounty.map((c) => (
              <li key={c.fips}><a href={c.href} download>{c.name} ({c.fips}), {c.rows.toLocaleString('en-US')} rows</a></li>
            ))}
          </ul>
        </details>
      )}
      <DataTable caption={`${e.title}: the rows, ${PAGE_ROWS} to a page`} columns={e.fields.map((f) => f.name)} firstPage={firstPage} pageRows={PAGE_ROWS} totalRows={e.rows} pagePrefix={pageHref(e.file, 1).replace(/1\.json$/, '')} indexHref={indexHref(e.file)} />
    </>
  );
}
