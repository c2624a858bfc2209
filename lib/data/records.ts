/** Typed records of the On the Record data model (see data/README.md for every column). */
import type { PeriodType } from '../vocabulary/period-types';
import type { ClaimQualifier, ObservationQualifier } from '../vocabulary/qualifiers';
import type { Comparability, EvidenceRole } from '../vocabulary/roles';

export type { ClaimQualifier, Comparability, EvidenceRole, ObservationQualifier, PeriodType };
export type Confidence = 'high' | 'medium' | 'low';
export type UnitKind = 'count' | 'percent' | 'rate' | 'ratio' | 'change';

export interface Unit {
  id: string;
  kind: UnitKind;
  minimum: number | null;
  maximum: number | null;
  description: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  date: string | null;
  url: string;
  kind: string;
  access_note: string | null;
}

export interface Story {
  id: string;
  outlet: string;
  headline: string;
  author: string | null;
  /** Null where the research recorded no full date; the note says what is known. */
  date: string | null;
  url: string;
  summary: string;
  note: string | null;
}

export interface Series {
  id: string;
  title: string;
  short_title: string;
  measure: string;
  unit: string;
  geography: string;
  fips: string | null;
  period_type: PeriodType;
  publisher: string;
  caveats: string;
}

export interface Observation {
  id: string;
  series_id: string;
  label: string;
  period: string;
  period_type: PeriodType;
  period_start: string | null;
  period_end: string | null;
  geography: string;
  fips: string | null;
  value: number;
  qualifier: ObservationQualifier;
  unit: string;
  source_id: string;
  locator: string;
  locator_type: 'verbatim' | 'summary' | 'table' | 'computed';
  confidence: Confidence;
  note: string | null;
}

export interface Claim {
  id: string;
  story_id: string;
  position: number;
  quote: string;
  speaker: string;
  attributed_to: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: ClaimQualifier;
  unit: string | null;
  geography: string;
  /** FIPS code of the place the claim states: US, 37 (North Carolina) or a county; null when it states none. */
  fips: string | null;
  period: string;
  /** The period the claim states, structured like an observation's; all null when it states none. */
  period_type: PeriodType | null;
  period_start: string | null;
  period_end: string | null;
  comparability: Comparability;
  comparability_note: string;
  /** The earlier claim this one repeats, filled only where the article says whose figure it repeats. */
  repeats: string | null;
  /** How a relative period ("this fiscal year", "since the law took effect") was resolved; null when none was. */
  period_rule: string | null;
  /** Another claim that states a different count of the same thing, place and period, from another source. */
  disagrees_with: string | null;
}

export interface Evidence {
  claim_id: string;
  observation_id: string;
  role: EvidenceRole;
}

export interface Dataset {
  units: Unit[];
  sources: Source[];
  stories: Story[];
  series: Series[];
  observations: Observation[];
  claims: Claim[];
  evidence: Evidence[];
}

/** Resource name in datapackage.json for each collection of the dataset. */
export const RESOURCE_OF: Record<keyof Dataset, string> = {
  units: 'units',
  sources: 'sources',
  stories: 'stories',
  series: 'series',
  observations: 'observations',
  claims: 'claims',
  evidence: 'claim_evidence',
};
