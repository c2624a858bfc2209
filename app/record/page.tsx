import type { Metadata } from 'next';
import { RecordGrid } from '@/components/record/RecordGrid';
import { loadIndex } from '@/lib/data/dataset';
import { DataCurrency } from '@/components/catalogue/DataCurrency';
import { dataCurrency } from '@/lib/view/catalogue';
import { recordCoverage, spans } from '@/lib/view/record-coverage';

export const metadata: Metadata = {
  title: 'What has been published, and when',
  description:
    'Year by year, FY2007 to FY2026, which official North Carolina record exists: detainers lodged and declined, 287(g), ICE detention and court caseloads.',
};

export default function RecordPage() {
  const coverage = recordCoverage(loadIndex());
  const groups = [...new Set(coverage.rows.map((r) => r.group))];
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold">What has been published, and when</h1>
      <p data-testid="record-summary">
        {coverage.lastDeclinedFy ? (
          <>
            The newest North Carolina declined-detainer figure in the record is for{' '}
            <strong>FY{coverage.lastDeclinedFy}</strong>, from ICE’s statements to reporters.{' '}
            <strong>
              No North Carolina declined-detainer figure has been published since FY{coverage.lastDeclinedFy}.
            </strong>
          </>
        ) : (
          <>No North Carolina declined-detainer figure is published.</>
        )}{' '}
        A claim about a later year has no official figure to be checked against, and its card says so.
      </p>
      <p>
        Each row below is one kind of official record, and its years are read from the published figures themselves, so
        the chart changes when figures are added. Years are federal fiscal years (October to September); NPR’s counts
        are by calendar year and the courts’ by state fiscal year (July to June), so one of their years spans two
        columns.
      </p>
      <RecordGrid coverage={coverage} />
      <h2 className="text-xl font-semibold">The same, as a table</h2>
      <div className="overflow-x-auto" role="region" aria-label="Table: which official record exists" tabIndex={0}>
        <table className="w-full border-collapse text-left text-sm" data-testid="record-table">
          <thead>
            <tr>
              <th scope="col" className="p-1">
                Record
              </th>
              <th scope="col" className="p-1">
                Fiscal years covered (FY2007–FY2026)
              </th>
              <th scope="col" className="p-1">
                What it is
              </th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g}>
              <tr>
                <th scope="rowgroup" colSpan={3} className="p-1 pt-3 text-left">
                  {g}
                </th>
              </tr>
              {coverage.rows
                .filter((r) => r.group === g)
                .map((r) => (
                  <tr key={r.id} className="rule border-t" data-record={r.id}>
                    <th scope="row" className="p-1 font-normal">
                      {r.label}
                    </th>
                    <td className="p-1">{r.years.length ? spans(r.years) : 'none published here'}</td>
                    <td className="p-1">{r.note}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>
      <h2 className="text-xl font-semibold">How current each dataset is</h2>
      <p>The newest period each file’s figures cover, read from its rows (not when the file was built).</p>
      <DataCurrency entries={dataCurrency()} />
    </article>
  );
}
