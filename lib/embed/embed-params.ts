/**
 * The only URL parameters an embed reads, with their allowed values. Anything else is ignored.
 * The embed's inline script (EMBED_SCRIPT) applies the same rules; embed-params.test.ts runs both over the
 * same queries and checks they agree.
 */
export const EMBED_PARAMS = {
  theme: ['light', 'dark', 'auto'],
  plain: ['1'],
} as const;

export interface EmbedOptions {
  theme: 'light' | 'dark' | 'auto';
  plain: boolean;
}

/** Light unless asked: an embed sits in someone else's article, which is most often a light page (Datawrapper does the same). */
export const EMBED_DEFAULTS: EmbedOptions = { theme: 'light', plain: false };

export function readEmbedParams(search: string): EmbedOptions {
  const params = new URLSearchParams(search.length > 2048 ? '' : search);
  const theme = params.get('theme');
  return {
    theme: (EMBED_PARAMS.theme as readonly string[]).includes(theme ?? '')
      ? (theme as EmbedOptions['theme'])
      : EMBED_DEFAULTS.theme,
    plain: params.get('plain') === '1',
  };
}
