import { exploreModel, DEFAULT_VIEW_CSV } from '@/lib/view/explore-page';
import { viewCsv } from '@/lib/view/explore-csv';
import { viewRows } from '@/lib/view/explore-data';

/** Static files of /explore, written at build time: /explore/data/<measure>.json and the default view's CSV. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const { measures } = exploreModel();
  return [...measures.map((m) => ({ file: `${m.id}.json` })), { file: DEFAULT_VIEW_CSV }];
}

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const model = exploreModel();
  if (file === DEFAULT_VIEW_CSV) {
    const view = model.defaultView;
    const csv = view ? viewCsv(model.data(view.measure), view, viewRows(model.data(view.measure), view)) : '';
    return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  return Response.json(model.data(file.replace(/\.json$/, '')));
}
