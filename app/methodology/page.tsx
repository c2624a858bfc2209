import type { Metadata } from 'next';
import { PERIOD_ALIGNMENT } from '@/lib/claims/alignment';
import { TRAIL_MIN_CLAIMS } from '@/lib/claims/trail';
import { TOLERANCE } from '@/lib/claims/interval';
import { PERIOD_TYPE_WORDS, PERIOD_TYPES } from '@/lib/vocabulary/period-types';
import { ROLE_LABEL } from '@/lib/vocabulary/roles';
import { COMPARISON_STATUSES, STATUS_LABEL, STATUS_MEANING } from '@/lib/vocabulary/statuses';

export const metadata: Metadata = {
  title: 'Methodology',
  description: 'How On the Record matches claims to official series and decides how they compare.',
};

const pct = (x: number) => `${Math.round(x * 100)} percent`;
const share = (x: number) => (x === 1 ? 'all' : pct(x));

export default function Methodology() {
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold">Methodology</h1>
      <p>
        We compare numbers, not people. Each claim is quoted word for word with its speaker, outlet and date. We link it
        to the published figures that bear on it and state, in one generated sentence, how the two compare.
      </p>

      <h2 className="text-xl font-semibold">How a claim is matched to the record</h2>
      <p>
        An editor links each claim to figures and gives each link a role. <strong>{ROLE_LABEL.record}</strong> measures
        the same thing as the claim, for the same place and period. A <strong>{ROLE_LABEL.proxy.toLowerCase()}</strong>{' '}
        measures something nearby, such as re-arrest where the claim says re-offending.{' '}
        <strong>{ROLE_LABEL.context}</strong> is shown so readers can see the scale of things, and nothing more. Each
        claim also carries an authored note on comparability: same measure, proxy, or none.
      </p>
      <p>
        Each claim records the period and the place it states, as it states them: a period type, a first and a last day,
        and a FIPS code. A claim that states no period, or no place, has none. These come from the claim’s words, never
        from the figures it is checked against.
      </p>

      <h2 className="text-xl font-semibold">What each status means</h2>
      <dl className="space-y-2">
        {COMPARISON_STATUSES.map((status) => (
          <div key={status}>
            <dt className="font-semibold">{STATUS_LABEL[status]}</dt>
            <dd>{STATUS_MEANING[status]}</dd>
          </div>
        ))}
      </dl>

      <h2 className="text-xl font-semibold" id="independence">
        Which records are independent
      </h2>
      <p>
        A figure can confirm or contradict a claim only if it was published somewhere other than the claim’s own
        article. When a news report is the only place a figure appears, the figure and the claim are the same statement.
        We decide this from the data, not by hand: a record figure is not independent when its source’s address is the
        story’s own address (the same page, whatever its <code>http</code>/<code>https</code>, <code>www.</code>,
        trailing slash, query or anchor). A same-measure claim whose every record figure comes from its own article is
        shown as <strong>{STATUS_LABEL['self-sourced']}</strong>, with the source named, and is never counted as
        consistent. When a claim has both kinds, only the independent figures decide it.
      </p>

      <h2 className="text-xl font-semibold" id="two-counts">
        When two counts disagree
      </h2>
      <p>
        Sometimes two sources state different counts of the same thing, for the same place and period: a jail’s count of
        detainers against ICE’s, say. An editor links the two claims (<code>disagrees_with</code> in{' '}
        <code>claims.csv</code>). Unless an independent record for that same period and place settles it, the pair is
        shown as <strong>{STATUS_LABEL['two-counts']}</strong>: both numbers side by side, each with who said it, and no
        verdict either way. With such a record, each claim is judged on it as usual.
      </p>

      <h2 className="text-xl font-semibold" id="alignment">
        When a claim and the record cover the same period and place
      </h2>
      <p>
        A claim that measures the same thing as the record is judged on its number only when every record figure covers
        the period and the place the claim states. Otherwise it is <strong>{STATUS_LABEL['not-comparable']}</strong>,
        and the sentence names the difference. The rules:
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <strong>No stated period.</strong> A claim that states no period is never consistent with a record, dated or
          not. Nor is a claim whose period has no dates, such as “in 2019” without saying calendar or fiscal year.
        </li>
        <li>
          <strong>Undated records.</strong> A record figure whose period has no dates cannot confirm any claim, even one
          in the same words.
        </li>
        <li>
          <strong>Period types.</strong> The types must be the same: a {PERIOD_TYPE_WORDS.calendar} is not a{' '}
          {PERIOD_TYPE_WORDS['federal-fy']}, and neither is a {PERIOD_TYPE_WORDS['state-fy']}.
        </li>
        <li>
          <strong>Containment and overlap.</strong> The record’s period must cover{' '}
          {share(PERIOD_ALIGNMENT.claimDaysCovered)} of the claim’s days, and the claim’s period{' '}
          {share(PERIOD_ALIGNMENT.recordDaysCovered)} of the record’s (
          <code>claimDaysCovered = {PERIOD_ALIGNMENT.claimDaysCovered}</code>,{' '}
          <code>recordDaysCovered = {PERIOD_ALIGNMENT.recordDaysCovered}</code>). A figure for part of a year never
          checks a claim about the whole year, or the reverse; periods that only overlap do not match.
        </li>
        <li>
          <strong>Open windows.</strong> A period with one end unstated (“FY2019 to date”, “the past 13 months”) matches
          only the same window: the same type, the same stated end, and the other end unstated on both sides.
        </li>
        <li>
          <strong>Places.</strong> The claim and the record must have the same FIPS code. A county is not its state, and
          the state is not the country. A claim that names no place, or a place with no FIPS code, is not matched.
        </li>
      </ul>

      <h2 className="text-xl font-semibold" id="trails">
        How a number travels
      </h2>
      <p>
        A <a href="/trails">trail</a> follows one official series through the coverage: every claim that states one of
        its figures, as the same measure or in other words, in the order the stories appeared. A series has a trail when
        it is the record for at least one claim and {TRAIL_MIN_CLAIMS} or more claims state it. Figures shown only for
        context never put a claim on a trail, and neither do related measures that no claim states, such as re-arrest
        rates set against claims about re-offending.
      </p>
      <p>
        Each claim on a trail is marked where its wording drifted from the figure it states: the unit or subject
        (declined detainers became people released), the period, or the place, by the same rules as above. Who repeated
        whom is shown only where the article itself says whose figure it repeats.
      </p>

      <h2 className="text-xl font-semibold">How qualifiers are read</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <strong>A bare number</strong> (“500”) is read as rounded: it matches a record within {pct(TOLERANCE.exact)}.
        </li>
        <li>
          <strong>“About”</strong> and <strong>“an average of”</strong> match within {pct(TOLERANCE.about)}.
        </li>
        <li>
          <strong>“Nearly N”</strong> allows values up to {pct(TOLERANCE.nearly)} below N, and none above it.
        </li>
        <li>
          <strong>“More than N”</strong> and <strong>“at least N”</strong> are open upward. <strong>“Up to N”</strong>{' '}
          is open downward. <strong>“N to M”</strong> is the closed range.
        </li>
        <li>
          Published figures keep their own qualifiers. ICE’s “at least 563” is a lower bound, so any claim above 563 can
          still be consistent with it.
        </li>
      </ul>

      <h2 className="text-xl font-semibold">Periods, places and units</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>The federal fiscal year runs from October 1 to September 30: FY2019 is Oct 1, 2018 to Sep 30, 2019.</li>
        <li>North Carolina’s courts and Sentencing Commission use the state fiscal year, July 1 to June 30.</li>
        <li>Any other year is a calendar year. Cohorts are named by their release year and follow-up period.</li>
        <li id="relative-periods">
          A relative period is resolved against the article’s date, and the claim page says how: “this fiscal year” in
          an article of Nov 3, 2019 is FY2020 (Oct 1, 2019 – Sep 30, 2020); “this fiscal year, to date” runs from Oct 1
          to the article’s date; “last year” is the calendar year before; “the past 13 months” runs from the same day 13
          months earlier (the month’s last day when that day does not exist) to the article’s date; “since” a law or
          event runs from that event’s recorded date. <code>check:data</code> recomputes each of these from the rule and
          refuses a period that does not match.
        </li>
        <li>Period types: {PERIOD_TYPES.map((t) => `${t} (${PERIOD_TYPE_WORDS[t]})`).join(', ')}.</li>
        <li>
          We name the geography exactly, with FIPS codes where they exist. We never put two units (charges, cases,
          sentencing episodes, prisoners, people) on one axis.
        </li>
      </ul>

      <h2 className="text-xl font-semibold">How figures are verified</h2>
      <p>
        Every figure comes from a published source. It carries the verbatim sentence, table row, or computation it comes
        from, and a confidence level. <strong>High</strong> is official or primary text. <strong>Medium</strong> is an
        official figure reported by a named outlet, or a mirror copy. <strong>Low</strong> is a secondary or derived
        value. Values we compute from public data files, such as rates per 100,000, are labelled “computed”. We never
        estimate or recall a number; when no figure can be found, the site says so.
      </p>
      <p>
        The data, with its schema and provenance, is in the project’s <code>data/</code> folder. It is a Frictionless
        Data Package.
      </p>
    </article>
  );
}
