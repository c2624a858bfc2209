import { oembed } from './embed/embed-code';
import { originReport, permalink, siteOrigin } from './site';
import { shareMetadata } from './view/page-meta';

describe('the site origin', () => {
  it('reads SITE_URL as an http(s) origin without a trailing slash, and refuses anything else', () => {
    expect(siteOrigin(undefined)).toBeNull();
    expect(siteOrigin('')).toBeNull();
    expect(siteOrigin('https://news.example.org/')).toBe('https://news.example.org');
    expect(siteOrigin('https://news.example.org/fact-checks/')).toBe('https://news.example.org/fact-checks');
    expect(() => siteOrigin('news.example.org')).toThrow('SITE_URL: "news.example.org" is not a URL');
    expect(() => siteOrigin('javascript:alert(1)')).toThrow('must start with https:// or http://');
  });

  it('makes absolute URLs only when it knows the origin', () => {
    expect(permalink('/claims/x', 'https://news.example.org')).toBe('https://news.example.org/claims/x');
    expect(permalink('/claims/x', null)).toBe('/claims/x');
  });

  it('says in the build log which origin was baked in', () => {
    expect(originReport('https://news.example.org')).toBe(
      'origin https://news.example.org (SITE_URL) in every link, snippet, image and file',
    );
    expect(originReport(null)).toMatch(/^origin: none \(SITE_URL not set\)/);
  });

  it('leaves out share tags that need an absolute URL when there is no origin', () => {
    const meta = { title: 'T', description: 'D', path: '/charts/x', image: '/share/x.png', oembed: '/oembed/x.json' };
    const none = shareMetadata(meta, null);
    expect(none.alternates).toBeUndefined();
    expect(none.openGraph).not.toHaveProperty('images');
    expect(none.openGraph).not.toHaveProperty('url');
    const known = shareMetadata(meta, 'https://news.example.org');
    expect(known.alternates?.types).toEqual({ 'application/json+oembed': '/oembed/x.json' });
    expect(known.openGraph).toHaveProperty('images');
  });

  it('builds oEmbed answers with the origin it is given', () => {
    const spec = { id: 'x', title: 'T', width: 640, height: 200, href: '/charts/x' } as Parameters<typeof oembed>[0];
    const o = oembed(spec, '/share/x.png', 'https://news.example.org');
    expect(o.html).toContain('src="https://news.example.org/embed/x"');
    expect(o.thumbnail_url).toBe('https://news.example.org/share/x.png');
  });
});
