import type { ChartShape } from '../chart-kind';
import { bar } from './bar';
import { column } from './column';
import type { KindModule } from './kind';
import { line } from './line';
import { map } from './map';
import { step } from './step';
import { timeline } from './timeline';

/**
 * Every chart kind, one line each (the OWID ChartTypeMap idea). Order matters for chooseKind: the first kind
 * whose `choose` answers for a shape draws it, so the more particular shapes come first and bars, which take
 * anything, come last. Adding a kind: one file in this folder and one line here.
 */
export const KINDS = [map, step, line, column, timeline, bar] as const;

/** How the figures are drawn: the registry's names. */
export type ChartKind = (typeof KINDS)[number]['kind'];

const BY_NAME = new Map<string, KindModule>(KINDS.map((k) => [k.kind, k]));

/** The module of a kind. */
export function kindModule(kind: ChartKind): KindModule<ChartKind> {
  const found = BY_NAME.get(kind);
  if (!found) throw new Error(`no chart kind "${kind}" in lib/charts/kinds/registry.ts`);
  return found as KindModule<ChartKind>;
}

/** The first kind, in registry order, that the shape asks for, and why. */
export function kindForShape(shape: ChartShape): { kind: ChartKind; why: string } {
  for (const k of KINDS) {
    const why = 'choose' in k && k.choose ? k.choose(shape) : null;
    if (why) return { kind: k.kind, why };
  }
  throw new Error('no chart kind takes this shape (bars take any)');
}
