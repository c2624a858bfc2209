import type { Metadata } from 'next';
import { ClaimCard } from '@/components/claims/ClaimCard';
import { readChartSvg } from '@/lib/charts/svg-store';
import { loadIndex } from '@/lib/data/dataset';
import { claimView } from '@/lib/view/claim-view';

type Params = { params: Promise<{ claim: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => loadIndex().data.claims.map((c) => ({ claim: c.id }));

const find = async ({ params }: Params) => {
  const { claim } = await params;
  const index = loadIndex();
  return claimView(index, index.data.claims.find((c) => c.id === claim)!);
};

export async function generateMetadata(props: Params): Promise<Metadata> {
  const view = await find(props);
  return { title: `“${view.claim.quote.slice(0, 70)}…”: ${view.statusLabel}`, description: view.comparison.sentence, alternates: { canonical: `/claims/${view.claim.id}` } };
}

export default async function ClaimPage(props: Params) {
  const view = await find(props);
  return (
    <>
      <p className="text-sm"><a href={`/stories/${view.story.id}`}>← {view.story.outlet}, {view.story.date}: {view.story.headline}</a></p>
      <h1 className="sr-only">Claim check: {view.statusLabel}</h1>
      <ClaimCard view={view} svg={view.chart ? readChartSvg(view.chart.id) : null} linkToClaim={false} headingLevel={2} />
    </>
  );
}
