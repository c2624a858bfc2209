import { escapeXml } from '../format/xml';
import { SITE_NAME } from '../site';
import { type ExploreView, exploreQuery } from '../view/explore-url';

/** The frame's first height: the chart, its key, title, summary and source line at a typical column width. */
export const EXPLORE_EMBED_HEIGHT = 480;

/** The snippet for a grapher view: /embed/explore with the view's own query, plus the resizer every embed uses. */
export function exploreEmbedCode(origin: string, view: ExploreView, title: string): string {
  const src = `${origin}/embed/explore?${exploreQuery(view)}`;
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(`${title} · ${SITE_NAME}`)}" width="100%" height="${EXPLORE_EMBED_HEIGHT}" ` +
    `style="border:0;width:100%" loading="lazy"></iframe>\n<script async src="${escapeXml(`${origin}/embed.js`)}"></script>`
  );
}
