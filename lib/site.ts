/** Site-wide constants. SITE_URL is the public origin used in permalinks, citations and oEmbed. */
export const SITE_NAME = 'On the Record';
export const SITE_TAGLINE = 'Numbers in the news, checked against the official record.';
export const SITE_URL = (process.env.SITE_URL || 'https://on-the-record.example').replace(/\/$/, '');
/** The day the site was built: the default access date in citations. */
export const BUILD_DATE = process.env.BUILD_DATE || new Date().toISOString().slice(0, 10);

export const permalink = (path: string) => `${SITE_URL}${path}`;
