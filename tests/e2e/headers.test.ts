import { readFileSync } from 'node:fs';
import { headersFor, parseHeaders } from '../../scripts/serve';
import { type RunningSite, serveSite } from '../support/site-server';

let site: RunningSite;
beforeAll(async () => {
  site = await serveSite('out');
});
afterAll(() => site?.close());

const head = async (path: string) => (await fetch(`${site.url}${path}`, { method: 'HEAD' })).headers;

describe('security headers served by npm start', () => {
  it('sends a Content-Security-Policy and SAMEORIGIN framing on every page', async () => {
    for (const path of [
      '/',
      '/stories/breitbart-2019-11-03-nc-sanctuary',
      '/claims/breitbart-2019-11-03-ice-more-than-500-detainers',
      '/data',
      '/methodology',
      '/data/claims.csv',
    ]) {
      const h = await head(path);
      expect(h.get('content-security-policy')).toContain("frame-ancestors 'self'");
      expect(h.get('content-security-policy')).toContain("object-src 'none'");
      expect(h.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('lets only /embed/* be framed by other origins', () => {
    const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
    const embed = headersFor(rules, '/embed/some-chart');
    expect(embed['content-security-policy']).toContain('frame-ancestors *');
    expect(embed['x-frame-options']).toBeUndefined();
    expect(headersFor(rules, '/embedded')['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('answers unknown paths with 404 and odd methods and paths without crashing', async () => {
    expect((await fetch(`${site.url}/no/such/page`)).status).toBe(404);
    expect((await fetch(`${site.url}/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${site.url}/%E0%A4%A`)).status).toBe(404);
    expect((await fetch(`${site.url}/`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${site.url}/?${'x'.repeat(6000)}=1`)).status).toBe(200);
  });
});
