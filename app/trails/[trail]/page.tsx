import type { Metadata } from 'next';
import { FiguresTable } from '@/components/tables/FiguresTable';
import { TrailStops } from '@/components/trails/TrailStops';
import { loadIndex } from '@/lib/data/dataset';
import { shareMetadata } from '@/lib/view/page-meta';
import { trailHref, trails, trailView } from '@/lib/view/trails';

type Params = { params: Promise<{ trail: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => trails(loadIndex()).map((t) => ({ trail: t.id }));

const find = async ({ params }: Params) => trailView(loadIndex(), (await params).trail);

export async function generateMetadata(props: Params): Promise<Metadata> {
  const view = await find(props);
  return shareMetadata({ title: `How this number travelled: ${view.title}`, description: view.summary, path: trailHref(view.id) });
}

export default async function TrailPage(props: Params) {
  const view = await find(props);
  return (
    <>
      <p className="text-sm"><a href="/trails">← How numbers travel</a></p>
      <h1 className="mt-1 text-2xl font-bold">How this number travelled: {view.title}</h1>
      <p className="mt-2" data-testid="trail-summary">{view.summary}</p>
      <h2 className="mt-6 text-xl font-semibold">The record</h2>
      <p className="mt-1 text-sm">The official figures the claims state, read against each claim below. <a href={`/charts/${view.series.id}`}>Chart of this series</a>.</p>
      <FiguresTable rows={view.record} caption={`Figures of ${view.series.short_title} that claims state`} showRole={false} />
      <h2 className="mt-6 text-xl font-semibold">{view.claims} claims, in date order</h2>
      <TrailStops stops={view.stops} />
    </>
  );
}
