import type { ChartSpec } from '../charts/chart-spec';
import { escapeXml } from '../format/xml';
import { permalink, SITE_NAME, SITE_URL } from '../site';

/** Room the embed needs beyond the chart itself: title, subtitle and source line. */
const EMBED_CHROME = 110;

export const embedPath = (spec: ChartSpec) => `/embed/${spec.id}`;
export const oembedPath = (spec: ChartSpec) => `/oembed/${spec.id}.json`;
export const initialEmbedHeight = (spec: ChartSpec) => spec.height + EMBED_CHROME;

/** The snippet journalists paste: a lazy, full-width iframe that works alone, plus the resizer script. */
export function embedCode(spec: ChartSpec): string {
  return (
    `<iframe src="${escapeXml(permalink(embedPath(spec)))}" title="${escapeXml(spec.title)}" width="100%" height="${initialEmbedHeight(spec)}" ` +
    `style="border:0;width:100%" loading="lazy"></iframe>\n<script async src="${permalink('/embed.js')}"></script>`
  );
}

/** The oEmbed 1.0 "rich" response for a chart. */
export function oembed(spec: ChartSpec, thumbnailPath: string) {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: SITE_NAME,
    provider_url: SITE_URL,
    title: spec.title,
    html: embedCode(spec),
    width: spec.width,
    height: initialEmbedHeight(spec),
    thumbnail_url: permalink(thumbnailPath),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
  };
}
