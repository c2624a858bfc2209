import { permalink, SITE_NAME, SITE_ORIGIN } from '../site';
import type { DatasetEntry } from './catalogue';
import type { ClaimView } from './claim-view';
import { storyTitle } from './story-title';

const publisher = { '@type': 'Organization', name: SITE_NAME, ...(SITE_ORIGIN ? { url: `${SITE_ORIGIN}/` } : {}) };

/**
 * schema.org ClaimReview: the verbatim claim, who made it where and when, and the comparison status in words.
 * `published` is the day this version of the check was published: when the claims data last changed.
 */
export function claimReview(view: ClaimView, published: string) {
  const { claim, story } = view;
  const title = storyTitle(story);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: permalink(`/claims/${claim.id}`),
    datePublished: published,
    claimReviewed: claim.quote,
    author: publisher,
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: claim.speaker },
      ...(story.date ? { datePublished: story.date } : {}),
      appearance: {
        '@type': 'CreativeWork',
        url: story.url,
        ...(title.isHeadline ? { headline: title.text } : {}),
        ...(story.date ? { datePublished: story.date } : {}),
        publisher: { '@type': 'Organization', name: story.outlet },
      },
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: view.statusLabel,
      ratingExplanation: view.comparison.sentence,
    },
  };
}

/** schema.org Dataset for a dataset page, with its downloads. */
export function datasetLd(entry: DatasetEntry) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: entry.title,
    description: entry.description || entry.title,
    url: permalink(entry.href),
    license: entry.licence.path,
    isAccessibleForFree: true,
    creator: publisher,
    ...(entry.lastUpdated ? { dateModified: entry.lastUpdated } : {}),
    ...(entry.period ? { temporalCoverage: entry.period } : {}),
    ...(entry.geography ? { spatialCoverage: entry.geography } : {}),
    variableMeasured: entry.fields.map((f) => f.name),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: permalink(entry.csvHref) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: permalink(entry.jsonHref) },
    ],
  };
}
