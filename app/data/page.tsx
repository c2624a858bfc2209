import type { Metadata } from 'next';
import { catalogue, ZIP_NAME } from '@/lib/view/catalogue';

export const metadata: Metadata = { title: 'Data', description: 'Every dataset behind On the Record, with sources, licence, checksums and downloads.' };

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;

export default function DataCatalogue() {
  const entries = catalogue();
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
      <ul className="mt-6 space-y-6">
        {entries.map((e) => (
          <li key={e.name} className="rule rounded border p-4">
            <h2 className="text-lg font-semibold"><a href={e.href}>{e.title}</a></h2>
            <p className="mt-1 text-sm">{e.description}</p>
            {e.caveats && <p className="muted mt-1 text-sm">Caveats: {e.caveats}</p>}
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-medium">Data as of</dt><dd>{e.asOf?.words ?? 'no dated rows'}</dd>
              <dt className="font-medium">Period</dt><dd>{e.period ?? 'not applicable'}</dd>
              <dt className="font-medium">Geography</dt><dd>{e.geography ?? 'not applicable'}</dd>
              <dt className="font-medium">Size</dt><dd>{e.rows.toLocaleString('en-US')} rows × {e.columns} columns ({kb(e.bytes)})</dd>
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
              <a href={e.csvHref} download>CSV ({e.rows.toLocaleString('en-US')} rows)</a>
              <a href={e.jsonHref} download>JSON</a>
              <a href={e.schemaHref}>Schema</a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
