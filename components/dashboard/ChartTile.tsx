/**
 * A small chart of an official series that links to its page: the narrow build-time SVG (escaped by React
 * when it was rendered), so it is seen without JavaScript.
 */
export function ChartTile({ href, title, svg }: { href: string; title: string; svg: string }) {
  return (
    <li className="rule rounded border p-3">
      <h3 className="text-sm font-semibold"><a href={href}>{title}</a></h3>
      <div className="mt-2" dangerouslySetInnerHTML={{ __html: svg }} data-testid="chart-tile" />
    </li>
  );
}
