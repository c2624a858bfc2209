/**
 * A small chart of an official series that links to its page: the narrow build-time SVG (escaped by React
 * when it was rendered), so it is seen without JavaScript. Its box is a chart-box: the SVG scales to the tile's
 * width (never wider than a phone) and takes the theme's chart colours, as on chart pages.
 */
export function ChartTile({ href, title, svg }: { href: string; title: string; svg: string }) {
  return (
    <li className="rule min-w-0 rounded border p-3">
      <h3 className="text-sm font-semibold">
        <a href={href}>{title}</a>
      </h3>
      <div className="chart-box mt-2 min-w-0" dangerouslySetInnerHTML={{ __html: svg }} data-testid="chart-tile" />
    </li>
  );
}
