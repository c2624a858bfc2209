import { permalink, SITE_NAME, SITE_ORIGIN } from '../site';
import type { ComparisonStatus } from '../vocabulary/statuses';
import type { DatasetEntry } from './catalogue';
import type { ClaimView } from './claim-view';
import { storyTitle } from './story-title';

const publisher = { '@type': 'Organization', name: SITE_NAME, ...(SITE_ORIGIN ? { url: `${SITE_ORIGIN}/` } : {}) };

/**
 * A number on schema.org's 1-5 scale, only for statuses an independent record decided: 5 when it
 * confirms the claim, 1 when it contradicts it. A claim checked against itself (self-sourced), two
 * counts with nothing to settle them, a figure that measures something else and no data at all
 * are not rated: the words say what we found, and a number would claim a check that was not made.
 */
const RATING_VALUE: Partial<Record<ComparisonStatus, number>> = { consistent: 5, overstates: 1, understates: 1 };

export function reviewRating(status: ComparisonStatus, label: string, explanation: string) {
  const value = RATING_VALUE[status];
  return {
    '@type': 'Rating',
    ...(value === undefined ? {} : { ratingValue: value, bestRating: 5, worstRating: 1 }),
    alternateName: label,
    ratingExplanation: explanation,
  };
}

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
    reviewRating: reviewRating(view.comparison.status, view.statusLabel, view.comparison.sentence),
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
