/**
 * Writes app/chart-theme.css from the palette module (lib/charts/palette.ts) and the chart rules
 * (lib/charts/chart-css.ts). Run first in every build (prebuild), so the file is never stale and is not committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartThemeCss } from '../lib/charts/chart-css';

const path = join('app', 'chart-theme.css');
writeFileSync(path, chartThemeCss());
console.log(`write-chart-theme: ${path}`);
