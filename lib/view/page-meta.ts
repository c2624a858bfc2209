import type { Metadata } from 'next';
import { SITE_NAME } from '../site';

export interface ShareMeta {
  title: string;
  description: string;
  path: string;
  /** A 1200×630 PNG built for this page. */
  image?: string;
  /** oEmbed discovery for chart and claim pages. */
  oembed?: string;
}

/** Title, description, canonical URL, Open Graph and Twitter tags, and oEmbed discovery for a page. */
export function shareMetadata({ title, description, path, image, oembed }: ShareMeta): Metadata {
  const images = image ? [{ url: image, width: 1200, height: 630, alt: title }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: path, ...(oembed ? { types: { 'application/json+oembed': oembed } } : {}) },
    openGraph: { type: 'article', siteName: SITE_NAME, title, description, url: path, ...(images ? { images } : {}) },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, ...(image ? { images: [image] } : {}) },
  };
}
