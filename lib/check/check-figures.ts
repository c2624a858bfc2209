import { figureRow, type FigureRow } from '../view/evidence-table';
import type { CheckVerdict } from './check-verdict';

/** The figures a check rests on, as the claim pages' figures table lists them: value, period, source, locator, confidence. */
export function checkFigureRows(result: CheckVerdict): FigureRow[] {
  const sourceById = new Map(result.sources.map((s) => [s.id, s]));
  return result.evidence.map((e) => figureRow({ sourceById }, e.observation, e.series, e.role));
}
