// Serves the static export in out/ at http://localhost:3000 (PORT to change), as a static host would:
// clean URLs (/claims/x -> claims/x.html), a 404 page, and the security headers from out/_headers.
// Node's http module only; tests start the same server in-process with createStaticServer().
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest)|image\/svg)/;

/** Parses the _headers format: a path pattern, then indented "Name: value" lines; "Name: !" removes a header set earlier. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      rules[rules.length - 1]?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      if (value === '!') delete out[name.toLowerCase()];
      else out[name.toLowerCase()] = value;
    }
  }
  return out;
}

/** The file a URL path is served from (clean URLs: x, x.html, x/index.html), or null. */
export function resolveFile(root: string, urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** A static server for a built site folder, with the folder's own _headers applied. */
export function createStaticServer(dir: string): Server {
  const ROOT = resolve(dir);
  const headersFile = join(ROOT, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = new URL(req.url || '/', 'http://localhost').pathname;
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let file: string | null = null;
    try {
      file = resolveFile(ROOT, path);
    } catch {
      file = null;
    }
    const status = file ? 200 : 404;
    file = file || join(ROOT, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text as any CDN would; downloads (CSV, ZIP, PNG) go out byte for byte.
    const gzip =
      COMPRESSIBLE.test(type) &&
      !/\.(csv|zip|png)$/.test(file) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const headers: Record<string, string> = {
      ...headersFor(rules, path),
      'content-type': type,
      'cache-control': path.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    };
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  return server;
}

if (require.main === module) {
  const root = process.argv[2] || 'out';
  const port = Number(process.env.PORT || 3000);
  if (!existsSync(root)) {
    console.error(`${root} does not exist: run "npm run build" first`);
    process.exit(1);
  }
  createStaticServer(root).listen(port, process.env.HOST || '127.0.0.1', () =>
    console.log(`On the Record: serving ${resolve(root)} at http://localhost:${port}`),
  );
}
