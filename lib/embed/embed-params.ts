/**
 * The only URL parameters an embed reads, with their allowed values. Anything else is ignored.
 * The same rules run in the embed's inline script (EMBED_SCRIPT) and in tests.
 */
export const EMBED_PARAMS = {
  theme: ['light', 'dark', 'auto'],
  plain: ['1'],
} as const;

export interface EmbedOptions {
  theme: 'light' | 'dark' | 'auto';
  plain: boolean;
}

export function readEmbedParams(search: string): EmbedOptions {
  const params = new URLSearchParams(search.length > 2048 ? '' : search);
  const theme = params.get('theme');
  return {
    theme: (EMBED_PARAMS.theme as readonly string[]).includes(theme ?? '') ? (theme as EmbedOptions['theme']) : 'auto',
    plain: params.get('plain') === '1',
  };
}
