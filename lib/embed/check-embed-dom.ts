/** What the check embed's two scripts share (check-embed.ts, check-embed-chart.ts): the DOM helper and their hand-over. */

/** The chart script, loaded on the reader's first interaction (scripts/publish-check-embed.ts writes it). */
export const CHART_SCRIPT = '/embed/check-chart.js';
/** The element the chart replaces. */
export const CHART_SLOT = 'chart';
/** The window property through which the first script hands its verdict to the chart script. */
export const VERDICT_KEY = 'otrCheckVerdict';

/** An element with attributes and text set as text (never HTML), and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  name: K,
  text?: string,
  attrs: Record<string, string> = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const e = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  e.append(...children);
  return e;
}
