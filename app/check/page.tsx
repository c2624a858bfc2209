import type { Metadata } from 'next';
import { Checker } from '@/components/check/Checker';
import { checkIndex } from '@/lib/check/check-data';
import { loadDataset } from '@/lib/data/dataset';
import { SITE_ORIGIN } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Check a number',
  description:
    'Heard a number about immigration enforcement? State it as you heard it, and the site’s own claim engine sets it against the official record.',
  alternates: { canonical: '/check' },
};

export default function CheckPage() {
  const index = checkIndex(loadDataset());
  return (
    <>
      <h1 className="text-2xl font-bold">Check a number</h1>
      <p className="mt-2">
        Heard a figure on the radio or read it in a post? State it as you heard it: the number and its qualifier, what
        it counts, the period and the place. The page sets it against the official record with the same rules that judge
        every claim on this site, in your browser, and shows the figures it rests on. The address bar holds the check,
        so a link opens the same check.
      </p>
      <noscript>
        <p className="mt-3 font-medium">
          The check runs in your browser and needs JavaScript. Without it, the same figures are in{' '}
          <a href="/explore">the explorer</a> and <a href="/charts">the chart catalogue</a>, each with its sources and a
          data table.
        </p>
      </noscript>
      <div className="mt-4">
        <Checker index={index} origin={SITE_ORIGIN} />
      </div>
      <p className="muted mt-6 text-sm">
        {index.measures.length} measures can be checked. {index.leftOut} other series are left out because their figures
        cover only release cohorts or irregular spans, or no place with a code; they are in{' '}
        <a href="/charts">the chart catalogue</a>. <a href="/methodology">How the comparison works</a>.
      </p>
    </>
  );
}
