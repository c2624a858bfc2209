/**
 * Post-build step, last: parks the framework runtime on every exported page until the reader's first
 * interaction and moves each page's React payload into a file the runtime loads first
 * (lib/html/defer-runtime.ts). Embeds carry no runtime and are left as they are.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deferRuntime, PAYLOAD_DIR } from '../lib/html/defer-runtime';
import { htmlFiles } from './html-files';

const out = process.env.NEXT_OUT_DIR || 'out';
const started = performance.now();

mkdirSync(join(out, PAYLOAD_DIR), { recursive: true });
let pages = 0;
let payloadBytes = 0;
let untouched = 0;
for (const file of htmlFiles(out)) {
  const { html, deferred, payload } = deferRuntime(readFileSync(file, 'utf8'), relative('.', file));
  if (deferred === 0) {
    untouched++;
    continue;
  }
  if (payload) {
    writeFileSync(join(out, payload.url), payload.js);
    payloadBytes += payload.js.length;
  }
  writeFileSync(file, html);
  pages++;
}
if (pages === 0) throw new Error(`publish-deferred-runtime: no page in ${out} loads the runtime; is this the export folder?`);
console.log(`publish-deferred-runtime: runtime starts on first interaction on ${pages} pages (${untouched} without a runtime left as they are); ${(payloadBytes / 1e6).toFixed(1)} MB of React payload moved out of the HTML, in ${Math.round(performance.now() - started)} ms`);
