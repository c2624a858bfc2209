/**
 * The small picture of a chart for the chart catalogue: its phone layout (light), rendered to PNG at 1× by
 * scripts/publish-exports.ts. Same definition, same look as the chart on its page, only smaller.
 */
export const chartThumbnailPath = (chartId: string) => `/charts/thumbs/${chartId}.png`;
