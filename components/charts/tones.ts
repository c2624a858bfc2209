import type { Tone } from '@/lib/charts/chart-spec';

/**
 * Light-theme colours, written into the SVG as attributes so a downloaded file stands alone.
 * On the site, CSS classes (tone-*) override them with theme variables, so dark mode needs no re-render.
 */
export const TONE_FILL: Record<Tone, string> = {
  record: '#1d4ed8',
  proxy: '#b45309',
  context: '#6b7280',
  'series-1': '#1d4ed8',
  'series-2': '#b45309',
  'series-3': '#047857',
  'series-4': '#7c3aed',
};

export const CHART_TEXT = '#374151';
export const CLAIM_STROKE = '#b91c1c';
