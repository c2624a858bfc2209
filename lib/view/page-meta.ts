import type { Metadata } from 'next';
import { SITE_NAME, SITE_ORIGIN } from '../site';

export interface ShareMeta {
  title: string;
  description: string;
  path: string;
  /** A 1200×630 PNG built for this page. */
  image?: string;
  /** oEmbed discovery for chart and claim pages. */
  oembed?: string;
}

/**
 * Title, description, canonical URL, Open Graph and Twitter tags, and oEmbed discovery for a page.
 * Canonical, og:url, share images and oEmbed need absolute URLs: without SITE_URL they are left out,
 * because Next would otherwise resolve them against an invented http://localhost:3000.
 */
export function shareMetadata(
  { title, description, path, image, oembed }: ShareMeta,
  origin: string | null = SITE_ORIGIN,
): Metadata {
  const base = { title, description };
  const card = { title, description };
  if (!origin)
    return {
      ...base,
      openGraph: { type: 'article', siteName: SITE_NAME, ...card },
      twitter: { card: 'summary', ...card },
    };
  const images = image ? [{ url: image, width: 1200, height: 630, alt: title }] : undefined;
  return {
    ...base,
    alternates: { canonical: path, ...(oembed ? { types: { 'application/json+oembed': oembed } } : {}) },
    openGraph: { type: 'article', siteName: SITE_NAME, ...card, url: path, ...(images ? { images } : {}) },
    twitter: { card: image ? 'summary_large_image' : 'summary', ...card, ...(image ? { images: [image] } : {}) },
  };
}
