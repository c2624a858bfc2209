import type { ChartSpec } from '../charts/chart-spec';
import { escapeXml } from '../format/xml';
import { permalink, SITE_NAME } from '../site';

/** Room the embed needs beyond the chart itself: title, subtitle and source line; then a caveat and a credit, when printed. */
const EMBED_CHROME = 110;
const CAVEAT_ROOM = 40;
const CREDIT_ROOM = 20;

export const embedPath = (spec: ChartSpec) => `/embed/${spec.id}`;
export const oembedPath = (spec: ChartSpec) => `/oembed/${spec.id}.json`;
export const initialEmbedHeight = (spec: ChartSpec) =>
  spec.height + EMBED_CHROME + (spec.keyCaveat ? CAVEAT_ROOM : 0) + (spec.credit ? CREDIT_ROOM : 0);

/** What the embed snippet needs to know about a chart: small and serialisable, so a client component can build it. */
export interface EmbedTarget {
  path: string;
  title: string;
  height: number;
}

export const embedTarget = (spec: ChartSpec): EmbedTarget => ({
  path: embedPath(spec),
  title: spec.title,
  height: initialEmbedHeight(spec),
});

/**
 * The snippet journalists paste: a lazy, full-width iframe that works alone, plus the resizer script.
 * `origin` is the site's address (SITE_URL, or the one the page is served from); without one the paths stay relative.
 */
export function embedCode({ path, title, height }: EmbedTarget, origin: string | null): string {
  return (
    `<iframe src="${escapeXml(permalink(path, origin))}" title="${escapeXml(title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%" loading="lazy"></iframe>\n<script async src="${escapeXml(permalink('/embed.js', origin))}"></script>`
  );
}

/**
 * The oEmbed 1.0 "rich" response for a chart. Its URLs must be absolute, so it needs the public origin.
 * It is a static file: consumers that send maxwidth or maxheight get the same answer (the iframe is 100% wide anyway).
 */
export function oembed(spec: ChartSpec, thumbnailPath: string, origin: string) {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: SITE_NAME,
    provider_url: `${origin}/`,
    title: spec.title,
    html: embedCode(embedTarget(spec), origin),
    width: spec.width,
    height: initialEmbedHeight(spec),
    thumbnail_url: permalink(thumbnailPath, origin),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
  };
}
