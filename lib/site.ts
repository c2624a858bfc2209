/**
 * Site-wide constants. SITE_URL, given at build time, is the public origin that permalinks, citations, embed
 * code, oEmbed and image footers use. Without it the build invents no domain: pages fill in the origin they
 * are served from (components/share/use-site-origin.ts), and images and static files carry paths only.
 */
export const SITE_NAME = 'On the Record';
export const SITE_TAGLINE = 'Numbers in the news, checked against the official record.';

/** Reads SITE_URL: an http(s) URL, kept without its trailing slash. A value that is not one stops the build. */
export function siteOrigin(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: "${value}" is not a URL; give the public origin, for example https://news.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL: "${value}" must start with https:// or http://`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The public origin from SITE_URL, or null when the build was not told one. */
export const SITE_ORIGIN = siteOrigin(process.env.SITE_URL);

/** The day the site was built: the default access date in citations. */
export const BUILD_DATE = process.env.BUILD_DATE || new Date().toISOString().slice(0, 10);

/** An absolute URL for a site path under `origin` (SITE_URL unless given), or the bare path when no origin is known. */
export const permalink = (path: string, origin: string | null = SITE_ORIGIN) => (origin ? `${origin}${path}` : path);

/** One line for build logs: which origin this build baked in, and what that means. */
export const originReport = (origin: string | null = SITE_ORIGIN) =>
  origin
    ? `origin ${origin} (SITE_URL) in every link, snippet, image and file`
    : 'origin: none (SITE_URL not set): pages fill in the origin they are served from, images and files carry paths only, no oEmbed, sitemap or share tags';
