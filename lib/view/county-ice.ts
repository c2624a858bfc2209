import type { Tables } from '../data/validate-keys';
import { countyCsvHref } from './county-rows';

/**
 * The ICE records by county, read from the resources the ICE-records data publish (names fixed by the
 * cross-branch contract). Each section is null when its resource is not in the package, so a page shows
 * only what the data hold; a section with no rows for a county says so.
 */
export const ICE_RESOURCES = {
  agreements: 'nc_287g_agreements',
  detainers: 'ice_detainers_fy2015_nc_county',
  facilityCounty: 'nc_facility_county',
  detention: 'nc_detention_facilities',
  moaPdfs: 'nc_287g_moa_pdfs_2026',
  /** ICE's FY2015 detainer file itself, one row per detainer, which the county counts are made from. */
  detainerRecords: 'ice_detainers_fy2015',
} as const;

/** A facility the county's detainers were lodged at, with its rows in ICE's own file (the dataset table filtered to its name), when that file is published. */
export interface DetainerFacility {
  name: string;
  recordsHref: string | null;
}

export interface Agreement {
  agency: string;
  supportModel: string;
  dateSigned: string | null;
  snapshotDate: string | null;
}

/** An MOA PDF ICE's 287(g) page linked on the latest snapshot: a PDF, not an agreement. */
export interface MoaPdf {
  agency: string;
  model: string;
  filename: string;
  filenameDate: string | null;
}

export interface DetainerReason {
  /** As ICE recorded it; null when no lift reason is recorded. */
  reason: string | null;
  detainers: number;
}

export interface DetentionFacility {
  facility: string;
  fiscalYear: string;
  averageDailyPopulation: number | null;
  release: string;
  /** The last day the release covers: September 30, or its pull date for a year to date. */
  periodEnd: string | null;
  /** True when the release covers only part of the fiscal year (a `partial_year` column, where the data carry one). */
  partialYear: boolean;
}

export interface CountyIce {
  /** ICE's 287(g) list: the agreements with agencies in the county, and the snapshot dates of the whole list. */
  agreements: { rows: Agreement[]; snapshots: string[]; caveats: string | null } | null;
  /** FY2015 detainer records lodged at facilities mapped to the county, by lift reason, and those facilities. */
  detainers: {
    total: number;
    byReason: DetainerReason[];
    facilities: DetainerFacility[];
    countyCsv: string;
    caveats: string | null;
  } | null;
  detention: { rows: DetentionFacility[]; caveats: string | null } | null;
  /** The MOA PDFs of the county's agencies on ICE's page on the latest snapshot read. */
  moaPdfs: { rows: MoaPdf[]; snapshot: string | null; caveats: string | null } | null;
}

type Values = Record<string, unknown>;
const rowsOf = (tables: Tables, name: string): Values[] | null =>
  tables[name] ? tables[name].map((r) => r.values as Values) : null;
const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
const num = (v: unknown) => (typeof v === 'number' ? v : v === null || v === undefined || v === '' ? null : Number(v));

/** caveatsOf gives a resource's caveats from the descriptor (the period a file covers, what it leaves out), shown with its section. */
export function countyIce(
  tables: Tables,
  fips: string,
  caveatsOf: (resource: string) => string | null = () => null,
): CountyIce {
  const agreements = rowsOf(tables, ICE_RESOURCES.agreements);
  const detainers = rowsOf(tables, ICE_RESOURCES.detainers);
  const facilityCounty = rowsOf(tables, ICE_RESOURCES.facilityCounty) ?? [];
  const detention = rowsOf(tables, ICE_RESOURCES.detention);
  const moa = rowsOf(tables, ICE_RESOURCES.moaPdfs);
  const moaSnapshot = moa
    ? ([...new Set(moa.map((r) => text(r.snapshot_date)).filter((d): d is string => d !== null))].sort().pop() ?? null)
    : null;
  const inCounty = (r: Values) => text(r.county_fips) === fips;

  let detainerSection: CountyIce['detainers'] = null;
  if (detainers) {
    const byReason = new Map<string | null, number>();
    for (const r of detainers.filter(inCounty))
      byReason.set(text(r.lift_reason), (byReason.get(text(r.lift_reason)) ?? 0) + (num(r.detainers) ?? 0));
    const list = [...byReason]
      .map(([reason, n]) => ({ reason, detainers: n }))
      .sort((a, b) => b.detainers - a.detainers);
    detainerSection = {
      total: list.reduce((s, r) => s + r.detainers, 0),
      byReason: list,
      // The facility table also maps facilities named only in detention statistics; where it counts each one's
      // FY2015 detainer records, only those with some are the county's detainer facilities.
      facilities: [
        ...new Set(
          facilityCounty
            .filter((r) => inCounty(r) && (num(r.detainers_fy2015) ?? 1) > 0)
            .map((r) => String(r.facility)),
        ),
      ]
        .sort()
        .map((name) => ({
          name,
          recordsHref: tables[ICE_RESOURCES.detainerRecords]
            ? `/data/${ICE_RESOURCES.detainerRecords}?q=${encodeURIComponent(name)}`
            : null,
        })),
      countyCsv: countyCsvHref(ICE_RESOURCES.detainers, fips),
      caveats: caveatsOf(ICE_RESOURCES.detainers),
    };
  }

  return {
    agreements: agreements && {
      rows: agreements.filter(inCounty).map((r) => ({
        agency: String(r.agency),
        supportModel: String(r.support_model ?? ''),
        dateSigned: text(r.date_signed),
        snapshotDate: text(r.snapshot_date),
      })),
      snapshots: [
        ...new Set(agreements.map((r) => text(r.snapshot_date)).filter((d): d is string => d !== null)),
      ].sort(),
      caveats: caveatsOf(ICE_RESOURCES.agreements),
    },
    detainers: detainerSection,
    detention: detention && {
      rows: detention.filter(inCounty).map((r) => ({
        facility: String(r.facility),
        fiscalYear: String(r.fiscal_year),
        averageDailyPopulation: num(r.average_daily_population),
        release: String(r.release ?? ''),
        periodEnd: text(r.period_end),
        partialYear: /^(true|1)$/i.test(String(r.partial_year ?? '')),
      })),
      caveats: caveatsOf(ICE_RESOURCES.detention),
    },
    moaPdfs: moa && {
      rows: moa
        .filter((r) => inCounty(r) && text(r.snapshot_date) === moaSnapshot)
        .map((r) => ({
          agency: String(r.agency),
          model: String(r.support_model),
          filename: String(r.filename),
          filenameDate: text(r.filename_date),
        })),
      snapshot: moaSnapshot,
      caveats: caveatsOf(ICE_RESOURCES.moaPdfs),
    },
  };
}
