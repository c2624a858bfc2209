/**
 * The one palette (the shadcn ChartConfig idea): every colour the site and its charts use, light and dark.
 * - The site's CSS custom properties are generated from it (paletteCss → app/chart-theme.css), so dark mode is CSS.
 * - Build-time SVGs and exports are rendered with colour(theme, token) as attributes, so a downloaded file is
 *   drawn in its theme by the renderer, never recoloured afterwards.
 * Contrast (WCAG AA) is tested in palette.test.ts.
 */

export type Theme = 'light' | 'dark';

export type Tone = 'record' | 'proxy' | 'context' | 'series-1' | 'series-2' | 'series-3' | 'series-4';
export const TONES: Tone[] = ['record', 'proxy', 'context', 'series-1', 'series-2', 'series-3', 'series-4'];

/** Sequential map classes, low to high, plus "no data". Single-hue blues: readable with every colour-vision deficiency. */
export const MAP_STEPS = 5;
export type MapToken = `map-${0 | 1 | 2 | 3 | 4}` | 'map-none';

export type Token =
  'bg' | 'fg' | 'muted' | 'rule' | 'link' | 'focus' | 'chart-text' | 'chart-grid' | 'claim' | `tone-${Tone}` | MapToken;

export const PALETTE: Record<Theme, Record<Token, string>> = {
  light: {
    bg: '#ffffff',
    fg: '#111827',
    muted: '#4b5563',
    rule: '#d1d5db',
    link: '#1d4ed8',
    focus: '#b45309',
    'chart-text': '#374151',
    'chart-grid': '#d1d5db',
    'tone-record': '#1d4ed8',
    'tone-proxy': '#b45309',
    'tone-context': '#6b7280',
    'tone-series-1': '#1d4ed8',
    'tone-series-2': '#b45309',
    'tone-series-3': '#047857',
    'tone-series-4': '#7c3aed',
    claim: '#b91c1c',
    'map-0': '#deebf7',
    'map-1': '#9ecae1',
    'map-2': '#4292c6',
    'map-3': '#2166ac',
    'map-4': '#08306b',
    'map-none': '#9ca3af',
  },
  dark: {
    bg: '#0b1120',
    fg: '#f3f4f6',
    muted: '#cbd5e1',
    rule: '#374151',
    link: '#93c5fd',
    focus: '#fbbf24',
    'chart-text': '#e5e7eb',
    'chart-grid': '#374151',
    'tone-record': '#60a5fa',
    'tone-proxy': '#fbbf24',
    'tone-context': '#9ca3af',
    'tone-series-1': '#60a5fa',
    'tone-series-2': '#fbbf24',
    'tone-series-3': '#34d399',
    'tone-series-4': '#c4b5fd',
    claim: '#fca5a5',
    'map-0': '#1e3a5f',
    'map-1': '#1d5a96',
    'map-2': '#3b82c4',
    'map-3': '#7cb3e6',
    'map-4': '#dbeafe',
    'map-none': '#6b7280',
  },
};

/** The colour of a token in a theme. */
export const colour = (theme: Theme, token: Token) => PALETTE[theme][token];
export const toneColour = (theme: Theme, tone: Tone) => PALETTE[theme][`tone-${tone}`];
export const mapToken = (step: number | null): MapToken => (step === null ? 'map-none' : (`map-${step}` as MapToken));

const declarations = (theme: Theme, indent: string) =>
  (Object.keys(PALETTE[theme]) as Token[]).map((t) => `${indent}--${t}: ${PALETTE[theme][t]};`).join('\n');

/**
 * The custom properties: light by default, dark by the reader's system setting unless data-theme="light",
 * and dark whenever data-theme="dark" (embeds and tests set it).
 */
export function paletteCss(): string {
  return [
    `:root {\n  color-scheme: light dark;\n${declarations('light', '  ')}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root:not([data-theme=light]) {\n${declarations('dark', '    ')}\n  }\n}`,
    `:root[data-theme=dark] {\n${declarations('dark', '  ')}\n}`,
  ].join('\n');
}
