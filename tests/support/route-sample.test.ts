import { type AppRoute, browserSample, templateOf } from './route-sample';

const route = (pattern: string): AppRoute => {
  const segments = pattern.split('/').filter(Boolean);
  return { pattern, segments, generated: segments.some((s) => s.startsWith('[')) };
};
const APP = ['/', '/charts', '/charts/[chart]', '/claims/[claim]', '/trails/[[...trail]]', '/methodology'].map(route);

describe('the browser sample of built routes', () => {
  it('tells a template page from a hand-written route', () => {
    expect(templateOf('/charts/x', APP)).toBe('/charts/[chart]');
    expect(templateOf('/charts', APP)).toBeUndefined();
    expect(templateOf('/', APP)).toBeUndefined();
    expect(templateOf('/trails', APP)).toBeUndefined();
    expect(templateOf('/trails/a', APP)).toBe('/trails/[[...trail]]');
    expect(templateOf('/trails/a/b', APP)).toBe('/trails/[[...trail]]');
    // A page no app route makes (a publish script wrote it) counts as hand-written, so it is opened.
    expect(templateOf('/record', APP)).toBeUndefined();
    expect(templateOf('/charts/x/y', APP)).toBeUndefined();
  });

  it('opens every hand-written route and the first, middle, last and largest of each template, the same every time', () => {
    const charts = Array.from({ length: 9 }, (_, i) => `/charts/c${i}`);
    const routes = ['/', '/charts', '/methodology', '/record', ...charts, '/claims/only'];
    const size = (r: string) => (r === '/charts/c6' ? 10 : 1);
    const { routes: picked, byTemplate } = browserSample(routes, size, APP);
    expect(picked).toEqual([
      '/',
      '/charts',
      '/methodology',
      '/record',
      '/charts/c0',
      '/charts/c4',
      '/charts/c6',
      '/charts/c8',
      '/claims/only',
    ]);
    expect(byTemplate).toEqual({ '/charts/[chart]': 9, '/claims/[claim]': 1 });
    expect(browserSample([...routes].reverse(), size, APP).routes.sort()).toEqual([...picked].sort());
  });

  it('reads the app folder', () => {
    const patterns = browserSample(['/claims/a'], () => 0).byTemplate;
    expect(patterns).toEqual({ '/claims/[claim]': 1 });
  });
});
