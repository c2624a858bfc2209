import type { Metadata } from 'next';
import { STATUS_LABEL } from '@/lib/claims/compare';
import { TOLERANCE } from '@/lib/claims/interval';

export const metadata: Metadata = { title: 'Methodology', description: 'How On the Record matches claims to official series and decides how they compare.' };

const pct = (x: number) => `${Math.round(x * 100)} percent`;

export default function Methodology() {
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold">Methodology</h1>
      <p>We compare numbers, not people. Each claim is quoted word for word with its speaker, outlet and date. We link it to the published figures that bear on it and state, in one generated sentence, how the two compare.</p>

      <h2 className="text-xl font-semibold">How a claim is matched to the record</h2>
      <p>An editor links each claim to figures and gives each link a role. <strong>The record</strong> measures the same thing as the claim, for the same place and period. A <strong>related measure</strong> measures something nearby, such as re-arrest where the claim says re-offending. <strong>Context</strong> is shown so readers can see the scale of things, and nothing more. Each claim also carries an authored note on comparability: same measure, proxy, or none.</p>

      <h2 className="text-xl font-semibold">What each status means</h2>
      <dl className="space-y-2">
        <div><dt className="font-semibold">{STATUS_LABEL.consistent}</dt><dd>The record satisfies the claim as stated, qualifier included.</dd></div>
        <div><dt className="font-semibold">{STATUS_LABEL.overstates}</dt><dd>Every value the claim allows is higher than every value the record allows.</dd></div>
        <div><dt className="font-semibold">{STATUS_LABEL.understates}</dt><dd>Every value the claim allows is lower than every value the record allows.</dd></div>
        <div><dt className="font-semibold">{STATUS_LABEL['not-comparable']}</dt><dd>The official figures measure something different from the claim, for example re-arrest ≠ re-offending, or the official figures disagree with each other. The card says what differs.</dd></div>
        <div><dt className="font-semibold">{STATUS_LABEL['no-official-data']}</dt><dd>No official series measures what the claim describes. Any figures shown are context only, and the claim is not drawn on them.</dd></div>
      </dl>

      <h2 className="text-xl font-semibold">How qualifiers are read</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li><strong>A bare number</strong> (“500”) is read as rounded: it matches a record within {pct(TOLERANCE.exact)}.</li>
        <li><strong>“About”</strong> and <strong>“an average of”</strong> match within {pct(TOLERANCE.about)}.</li>
        <li><strong>“Nearly N”</strong> allows values up to {pct(TOLERANCE.nearly)} below N, and none above it.</li>
        <li><strong>“More than N”</strong> and <strong>“at least N”</strong> are open upward. <strong>“Up to N”</strong> is open downward. <strong>“N to M”</strong> is the closed range.</li>
        <li>Published figures keep their own qualifiers. ICE’s “at least 563” is a lower bound, so any claim above 563 can still be consistent with it.</li>
      </ul>

      <h2 className="text-xl font-semibold">Periods, places and units</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>The federal fiscal year runs from October 1 to September 30: FY2019 is Oct 1, 2018 to Sep 30, 2019.</li>
        <li>North Carolina’s courts and Sentencing Commission use the state fiscal year, July 1 to June 30.</li>
        <li>Any other year is a calendar year. Cohorts are named by their release year and follow-up period.</li>
        <li>We name the geography exactly, with FIPS codes where they exist. We never put two units (charges, cases, sentencing episodes, prisoners, people) on one axis.</li>
      </ul>

      <h2 className="text-xl font-semibold">How figures are verified</h2>
      <p>Every figure comes from a published source. It carries the verbatim sentence, table row, or computation it comes from, and a confidence level. <strong>High</strong> is official or primary text. <strong>Medium</strong> is an official figure reported by a named outlet, or a mirror copy. <strong>Low</strong> is a secondary or derived value. Values we compute from public data files, such as rates per 100,000, are labelled “computed”. We never estimate or recall a number; when no figure can be found, the site says so.</p>
      <p>The data, with its schema and provenance, is in the project’s <code>data/</code> folder. It is a Frictionless Data Package.</p>
    </article>
  );
}
