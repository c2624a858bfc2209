import type { Metadata } from 'next';
import { countOf } from '@/lib/format/number';
import { catalogue, ZIP_NAME } from '@/lib/view/catalogue';
import { catalogueGroups } from '@/lib/view/catalogue-groups';

export const metadata: Metadata = { title: 'Data', description: 'Every dataset behind On the Record, with sources, licence, checksums and downloads.' };

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;

export default function DataCatalogue() {
  const groups = catalogueGroups(catalogue());
  return (
    <>
      <h1 className="text-2xl font-bold">Data</h1>
      <p className="mt-2">
        Every figure on this site comes from these files: CSV exactly as we keep them, the same rows as typed JSON, and a{' '}
        <a href="/datapackage.json">Frictionless Data Package v2 descriptor</a> with schemas, sources, licence and SHA-256 hashes.{' '}
        <a href={`/data/${ZIP_NAME}`} download>Download everything as a ZIP</a> (all CSVs, the descriptor, README and changelog).
      </p>
      <p className="mt-2">
        “Data as of” is the newest period a file’s figures cover, read from its rows; “file last changed” is only when the file was last edited.{' '}
        <a href="/record">What has been published, and when</a> shows which official records exist for each year.
      </p>
      <nav aria-label="Datasets by kind" className="mt-4 text-sm">
        <p className="font-medium">Jump to</p>
        <ul className="mt-1 list-disc pl-5">
          {groups.map((g) => <li key={g.id}><a href={`#${g.id}`}>{g.title}</a> ({g.entries.length})</li>)}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id} className="mt-8">
          <h2 id={g.id} className="text-xl font-semibold">{g.title}</h2>
          <ul className="mt-3 space-y-6">
            {g.entries.map((e) => (
              <li key={e.name} className="rule rounded border p-4">
                <h3 className="text-lg font-semibold"><a href={e.href}>{e.title}</a></h3>
                <p className="mt-1 text-sm">{e.description}</p>
                {e.caveats && <p className="muted mt-1 text-sm">Caveats: {e.caveats}</p>}
                <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm [overflow-wrap:anywhere]">
                  <dt className="font-medium">Data as of</dt><dd>{e.asOf?.words ?? 'no dated rows'}</dd>
                  <dt className="font-medium">Period</dt><dd>{e.period ?? 'not applicable'}</dd>
                  <dt className="font-medium">Geography</dt><dd>{e.geography ?? 'not applicable'}</dd>
                  <dt className="font-medium">Size</dt><dd>{countOf(e.rows, 'row')} × {countOf(e.columns, 'column')} ({kb(e.bytes)})</dd>
                  <dt className="font-medium">Sources</dt>
                  <dd>
                    {e.sources.slice(0, 3).map((s, i) => (
                      <span key={i}>{i > 0 && '; '}{s.url ? <a href={s.url} rel="noopener noreferrer nofollow">{s.title}</a> : s.title}</span>
                    ))}
                    {e.sources.length > 3 && <> and {e.sources.length - 3} more</>}
                  </dd>
                  <dt className="font-medium">Licence</dt><dd><a href={e.licence.path} rel="license">{e.licence.title}</a></dd>
                  <dt className="font-medium">File last changed</dt><dd>{e.lastUpdated ?? 'not recorded'} <span className="muted">(the file, not the data)</span></dd>
                  <dt className="font-medium">SHA-256</dt><dd className="break-all font-mono text-xs">{e.sha256}</dd>
                </dl>
                <p className="mt-2 flex flex-wrap gap-4 text-sm">
                  <a href={e.csvHref} download>CSV ({countOf(e.rows, 'row')})</a>
                  <a href={e.jsonHref} download>JSON</a>
                  <a href={e.schemaHref}>Schema</a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
