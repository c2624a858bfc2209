import { TableRegion } from '@/components/tables/TableRegion';
import { formatNumber } from '@/lib/format/number';
import { formatDate } from '@/lib/format/period';
import type { CountyIce } from '@/lib/view/county-ice';

/**
 * What ICE's records say about a county: its 287(g) agreements, the FY2015 detainers lodged at its jails,
 * and any detention facility in it. A section appears only when its dataset is published.
 */
export function CountyIceSections({ ice, county }: { ice: CountyIce; county: string }) {
  const { agreements, detainers, detention, moaPdfs } = ice;
  return (
    <>
      {agreements && (
        <section aria-labelledby="section-287g">
          <h2 id="section-287g" className="mt-8 text-xl font-semibold">
            287(g) agreements
          </h2>
          {agreements.rows.length ? (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {agreements.rows.map((a) => (
                <li key={`${a.agency}-${a.snapshotDate}`}>
                  {a.agency}: {a.supportModel}
                  {a.dateSigned && `, signed ${formatDate(a.dateSigned)}`}
                  {a.snapshotDate && ` (ICE list of ${formatDate(a.snapshotDate)})`}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">
              ICE’s 287(g) list
              {agreements.snapshots.length ? ` (${agreements.snapshots.map(formatDate).join('; ')})` : ''} names no
              agreement with an agency in {county} County.
            </p>
          )}
          <Caveats text={agreements.caveats} />
          {moaPdfs && moaPdfs.snapshot && (
            <div data-testid="county-moa-pdfs">
              <h3 className="mt-4 font-semibold">MOA PDFs on ICE’s 287(g) page, {formatDate(moaPdfs.snapshot)}</h3>
              {moaPdfs.rows.length ? (
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {moaPdfs.rows.map((p) => (
                    <li key={p.filename}>
                      {p.agency}: {p.model} PDF ({p.filename}
                      {p.filenameDate && `, filename date ${formatDate(p.filenameDate)}`})
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm">
                  ICE’s 287(g) page linked no MOA PDF for an agency in {county} County on {formatDate(moaPdfs.snapshot)}
                  .
                </p>
              )}
              <p className="mt-1 text-sm">
                A PDF on ICE’s page is not an agreement and does not prove one is active; ICE’s list above counts
                agreements, so the two measure different things.
              </p>
              <Caveats text={moaPdfs.caveats} />
            </div>
          )}
        </section>
      )}
      {detainers && (
        <section aria-labelledby="section-detainers">
          <h2 id="section-detainers" className="mt-8 text-xl font-semibold">
            ICE detainers, FY2015 records
          </h2>
          {detainers.total > 0 ? (
            <>
              <p className="mt-2 text-sm">
                {formatNumber(detainers.total)} detainer records in ICE’s FY2015 file name a facility we place in{' '}
                {county} County
                {detainers.facilities.length ? ': ' : ''}
                {detainers.facilities.map((f, i) => (
                  <span key={f.name}>
                    {i > 0 && '; '}
                    {f.recordsHref ? <a href={f.recordsHref}>{f.name}</a> : f.name}
                  </span>
                ))}
                {/* ICE's names often end in an abbreviation's full stop ("SHERIFF DEPT."): never print "DEPT.." */}
                {detainers.facilities.at(-1)?.name.endsWith('.') ? '' : '.'}
              </p>
              <p className="mt-1 text-sm">
                {detainers.facilities.some((f) => f.recordsHref) && 'Each facility links to its rows in ICE’s file. '}
                <a href={detainers.countyCsv} download>
                  {county} County’s detainer counts (CSV)
                </a>
              </p>
              <TableRegion
                caption={`Detainers by lift reason, ${county} County, FY2015`}
                head={
                  <tr className="rule border-b">
                    <th scope="col" className="py-1 pr-3">
                      Lift reason (as ICE recorded it)
                    </th>
                    <th scope="col" className="py-1 text-right">
                      Detainers
                    </th>
                  </tr>
                }
              >
                {detainers.byReason.map((r) => (
                  <tr key={r.reason ?? ''} className="rule border-b">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {r.reason ?? 'none recorded'}
                    </th>
                    <td className="py-1 text-right tabular-nums">{formatNumber(r.detainers)}</td>
                  </tr>
                ))}
              </TableRegion>
            </>
          ) : (
            <p className="mt-2 text-sm">
              None of the FY2015 detainer records we hold names a facility we place in {county} County.
            </p>
          )}
          <Caveats text={detainers.caveats} />
        </section>
      )}
      {detention && (
        <section aria-labelledby="section-detention">
          <h2 id="section-detention" className="mt-8 text-xl font-semibold">
            ICE detention facilities
          </h2>
          {detention.rows.length ? (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {detention.rows.map((f) => (
                <li key={`${f.facility}-${f.fiscalYear}`}>
                  {f.facility}, {f.fiscalYear}
                  {f.partialYear ? ' (part of the year)' : ''}:{' '}
                  {f.averageDailyPopulation === null
                    ? 'no average daily population published'
                    : `average daily population ${formatNumber(f.averageDailyPopulation)}`}{' '}
                  ({f.release})
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">No ICE detention facility in the releases we hold is in {county} County.</p>
          )}
          <Caveats text={detention.caveats} />
        </section>
      )}
    </>
  );
}

/** A dataset's caveats from its descriptor: the period it covers and what it leaves out. */
function Caveats({ text }: { text: string | null }) {
  return text ? <p className="muted mt-2 text-sm">Caveats: {text}</p> : null;
}
