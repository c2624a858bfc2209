import { loadDataset } from '@/lib/data/dataset';
import { checkIndex, checkSeriesData } from '@/lib/check/check-data';

/** Static files of /check, written at build time: /check/data/index.json and one /check/data/<series>.json per measure. */
export const dynamic = 'force-static';
export const dynamicParams = false;

// One load for every file the build writes, not one per file.
let loaded: ReturnType<typeof loadDataset> | undefined;
const dataset = () => (loaded ??= loadDataset());

export function generateStaticParams() {
  const { measures } = checkIndex(dataset());
  return [{ file: 'index.json' }, ...measures.map((m) => ({ file: `${m.id}.json` }))];
}

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const data = dataset();
  if (file === 'index.json') return Response.json(checkIndex(data));
  return Response.json(checkSeriesData(data, file.replace(/\.json$/, '')));
}
