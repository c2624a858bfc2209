import type { Metadata } from 'next';
import { ChartCatalogue } from '@/components/catalogue/ChartCatalogue';
import { loadIndex } from '@/lib/data/dataset';
import { chartCatalogue } from '@/lib/view/chart-catalogue';

export const metadata: Metadata = {
  title: 'Charts',
  description:
    'Every chart on On the Record, grouped by topic: ICE detainers, 287(g) and removals, NC courts, crime, population and recidivism.',
};

export default function ChartsPage() {
  const groups = chartCatalogue(loadIndex());
  return (
    <>
      <h1 className="text-2xl font-bold">Charts</h1>
      <p className="mt-2">
        Every chart of an official series, and every chart of a claim set against the record. Each opens with its data
        table, sources and embed, download and cite actions. County court caseloads have their own pages under{' '}
        <a href="/counties">Counties</a>; <a href="/explore">Explore</a> compares counties over time.
      </p>
      <ChartCatalogue groups={groups} />
    </>
  );
}
