/**
 * The small picture of a chart for the chart catalogue: its phone layout, drawn in the light or the dark palette,
 * rendered to PNG at 1× by scripts/publish-exports.ts. Same definition, same look as the chart on its page, only smaller.
 * A PNG cannot follow the page's theme variables, so each theme has its own; the catalogue shows the one that matches.
 */
export const chartThumbnailPath = (chartId: string, theme: 'light' | 'dark' = 'light') =>
  `/charts/thumbs/${chartId}${theme === 'dark' ? '-dark' : ''}.png`;
