import type { Index } from '../data/evidence';
import type { Observation, Series, Source } from '../data/records';
import type { EvidenceRole } from '../vocabulary/roles';
import { formatQuantity } from '../format/number';
import { describePeriod } from '../format/period';

export interface FigureRow {
  id: string;
  label: string;
  role: EvidenceRole | 'series';
  seriesId: string;
  seriesTitle: string;
  value: number;
  valueText: string;
  unit: string;
  period: string;
  geography: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceUrl: string;
  locator: string;
  locatorType: Observation['locator_type'];
  confidence: Observation['confidence'];
  note: string | null;
}

/** One table row per figure, with everything a reader needs to trace it. */
export function figureRow(
  index: Pick<Index, 'sourceById'> | { sourceById: Map<string, Pick<Source, 'title' | 'publisher' | 'url'>> },
  observation: Observation,
  series: Series,
  role: FigureRow['role'],
): FigureRow {
  const source = index.sourceById.get(observation.source_id)!;
  return {
    id: observation.id,
    label: observation.label,
    role,
    seriesId: series.id,
    seriesTitle: series.title,
    value: observation.value,
    valueText: formatQuantity(observation.value, observation.unit, observation.qualifier),
    unit: observation.unit,
    period: describePeriod(observation),
    geography: observation.geography,
    sourceTitle: source.title,
    sourcePublisher: source.publisher,
    sourceUrl: source.url,
    locator: observation.locator,
    locatorType: observation.locator_type,
    confidence: observation.confidence,
    note: observation.note,
  };
}
