/**
 * Post-build step, last: parks the framework runtime on every exported page until the reader's first
 * interaction and moves each page's React payload into a file the runtime loads first
 * (lib/html/defer-runtime.ts). Embeds carry no runtime and are left as they are.
 * Then every page and embed is held to the Content-Security-Policy out/_headers sends with it: an inline
 * script whose hash the policy does not name (or an inline handler) fails the build (lib/html/content-policy.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { policyGaps } from '../lib/html/content-policy';
import { deferRuntime, PAYLOAD_DIR } from '../lib/html/defer-runtime';
import { htmlFiles } from './html-files';
import { headersFor, parseHeaders } from './serve';

const out = process.env.NEXT_OUT_DIR || 'out';
const started = performance.now();

mkdirSync(join(out, PAYLOAD_DIR), { recursive: true });
let pages = 0;
let payloadBytes = 0;
let untouched = 0;
for (const file of htmlFiles(out)) {
  const { html, deferred, payload, bootstrap } = deferRuntime(readFileSync(file, 'utf8'), relative('.', file));
  if (deferred === 0) {
    untouched++;
    continue;
  }
  if (bootstrap) writeFileSync(join(out, bootstrap.url), bootstrap.js);
  if (payload) {
    writeFileSync(join(out, payload.url), payload.js);
    payloadBytes += payload.js.length;
  }
  writeFileSync(file, html);
  pages++;
}
const rules = parseHeaders(readFileSync(join(out, '_headers'), 'utf8'));
const gaps: string[] = [];
for (const file of htmlFiles(out)) {
  const route = `/${relative(out, file)
    .replace(/\\/g, '/')
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '')}`;
  const policy = headersFor(rules, route)['content-security-policy'];
  if (!policy) gaps.push(`${route}: out/_headers sends it no Content-Security-Policy`);
  else for (const gap of policyGaps(readFileSync(file, 'utf8'), policy)) gaps.push(`${relative('.', file)}: ${gap}`);
}
if (gaps.length)
  throw new Error(
    `publish-deferred-runtime: ${gaps.length} inline script(s) the content policy would block:\n${gaps.slice(0, 20).join('\n')}`,
  );
if (pages === 0)
  throw new Error(`publish-deferred-runtime: no page in ${out} loads the runtime; is this the export folder?`);
console.log(
  `publish-deferred-runtime: runtime starts on first interaction on ${pages} pages (${untouched} without a runtime left as they are); ${(payloadBytes / 1e6).toFixed(1)} MB of React payload moved out of the HTML; every page and embed runs under its content policy, in ${Math.round(performance.now() - started)} ms`,
);
