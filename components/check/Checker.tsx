'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { StatusBadge } from '@/components/claims/StatusBadge';
import { useSiteOrigin } from '@/components/share/use-site-origin';
import { type CheckIndex, type CheckSeriesData, PERIOD_KIND_WORDS, PERIOD_KINDS } from '@/lib/check/check-data';
import {
  CHECK_FIELDS,
  type CheckField,
  type CheckInput,
  checkHref,
  checkQuery,
  EMPTY_INPUT,
  parseCheckSearch,
} from '@/lib/check/check-url';
import { type CheckResult, runCheck } from '@/lib/check/run-check';
import {
  CHECK_QUALIFIER_WORDS,
  CHECK_QUALIFIERS,
  type CheckErrors,
  RELATIVE_CHOICES,
  relativeWords,
  validateCheck,
} from '@/lib/check/validate-check';
import { unitWords } from '@/lib/format/number';
import { STATUS_LABEL } from '@/lib/vocabulary/statuses';
import { CheckResultView } from './CheckResultView';
import { CONTROL, CONTROL_STYLE, Field } from './Field';
import { MeasureCombobox } from './MeasureCombobox';
import { SuggestPanel } from './SuggestPanel';

export interface CheckerProps {
  index: CheckIndex;
  /** SITE_URL when the build had one; otherwise links use the origin the page is served from. */
  origin: string | null;
}

const fieldId = (f: CheckField) => `check-${f}`;

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; result: CheckResult; query: string };

/**
 * The check: the reader states a number as heard; on "Check", the fields are validated, the URL takes the
 * check (pushState; back and forward walk the checks), the measure's figures are fetched, and the engine's
 * verdict and sentence are announced in a live region.
 */
export function Checker({ index, origin: configured }: CheckerProps) {
  const origin = useSiteOrigin(configured);
  const [input, setInput] = useState<CheckInput>(EMPTY_INPUT);
  const [errors, setErrors] = useState<CheckErrors>({});
  const [state, setState] = useState<State>({ kind: 'idle' });
  const cache = useRef(new Map<string, CheckSeriesData>());
  const measure = index.measures.find((m) => m.id === input.measure) ?? null;

  /** Validates and runs a check; returns the first field with a message, if any. */
  const run = useCallback(
    async (next: CheckInput, tooLong: CheckField[] = []): Promise<CheckField | null> => {
      const { errors: found, stated } = validateCheck(next, index, tooLong);
      setErrors(found);
      if (!stated) {
        setState({ kind: 'idle' });
        // The form's fields in URL order, which is the order on the form: the first with a message takes focus.
        return CHECK_FIELDS.find((f) => found[f]) ?? null;
      }
      setState({ kind: 'loading' });
      try {
        let data = cache.current.get(stated.measure.id);
        if (!data) {
          const res = await fetch(stated.measure.dataHref);
          if (!res.ok) throw new Error(String(res.status));
          data = (await res.json()) as CheckSeriesData;
          cache.current.set(stated.measure.id, data);
        }
        setState({ kind: 'done', result: runCheck(stated, data), query: checkQuery(next) });
      } catch {
        setState({
          kind: 'failed',
          message: 'The figures could not be loaded. Check your connection and press Check again.',
        });
      }
      return null;
    },
    [index],
  );

  // Open the check the URL names, and follow the back and forward buttons.
  useEffect(() => {
    const read = () => {
      const { input: asked, tooLong } = parseCheckSearch(window.location.search);
      setInput(asked);
      if (window.location.search.length > 1) run(asked, tooLong);
      else {
        setErrors({});
        setState({ kind: 'idle' });
      }
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [run]);

  const set = (patch: Partial<CheckInput>) => setInput((old) => ({ ...old, ...patch }));
  /** A new measure keeps the place and period only where it has them; a measure with one place takes it. */
  const pickMeasure = (id: string) =>
    setInput((old) => {
      const m = index.measures.find((x) => x.id === id);
      if (!m) return { ...old, measure: id };
      const place =
        m.places.length === 1 ? m.places[0].fips : m.places.some((p) => p.fips === old.place) ? old.place : '';
      const period = m.kinds.includes(old.period as never) ? old.period : '';
      return { ...old, measure: id, place, period };
    });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const url = checkHref(input);
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url);
    const first = await run(input);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const kinds = measure ? measure.kinds : PERIOD_KINDS;
  const control = { className: CONTROL, style: CONTROL_STYLE };
  const text = (f: CheckField, label: string, hint?: string) => (
    <Field id={fieldId(f)} label={label} hint={hint} error={errors[f]}>
      {(described) => (
        <input
          id={fieldId(f)}
          type="text"
          inputMode={f === 'n' || f === 'low' || f === 'high' ? 'decimal' : undefined}
          autoComplete="off"
          maxLength={120}
          value={input[f]}
          onChange={(e) => set({ [f]: e.target.value })}
          {...control}
          {...described}
        />
      )}
    </Field>
  );

  return (
    <div>
      <form onSubmit={submit} noValidate aria-label="Check a number">
        <Field
          id={fieldId('measure')}
          label="What it counts"
          hint="Type a few words (“declined detainers”, “felony cases filed”, “287(g) agreements”) and pick a measure; each names its unit."
          error={errors.measure}
        >
          {(described) => (
            <MeasureCombobox
              id={fieldId('measure')}
              measures={index.measures}
              value={input.measure}
              onChange={pickMeasure}
              described={described}
            />
          )}
        </Field>
        {measure && (
          <p className="mt-1 text-sm" id="check-measure-about">
            {measure.title}. Counted in {unitWords(measure.unit)}; published by {measure.publisher}.
          </p>
        )}

        <Field id={fieldId('q')} label="How it was qualified" error={errors.q}>
          {(described) => (
            <select
              id={fieldId('q')}
              value={input.q}
              onChange={(e) => set({ q: e.target.value })}
              {...control}
              {...described}
            >
              <option value="">Choose…</option>
              {CHECK_QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {CHECK_QUALIFIER_WORDS[q]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input.q === 'range' ? (
          <>
            {text('low', 'From', 'The lower number of the range.')}
            {text('high', 'To', 'The higher number of the range.')}
          </>
        ) : (
          text('n', 'The number', measure ? `In ${unitWords(measure.unit)}, like 500 or 1,200.` : 'Like 500 or 1,200.')
        )}

        <Field
          id={fieldId('place')}
          label="Where"
          hint={
            measure
              ? `${measure.short_title} has figures for ${measure.places.length === 1 ? measure.places[0].name : `${measure.places.length} places`} only.`
              : 'Choose a measure first: places are those it has figures for.'
          }
          error={errors.place}
        >
          {(described) => (
            <select
              id={fieldId('place')}
              value={input.place}
              onChange={(e) => set({ place: e.target.value })}
              {...control}
              {...described}
            >
              <option value="">Choose…</option>
              {(measure?.places ?? []).map((p) => (
                <option key={p.fips} value={p.fips}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          id={fieldId('period')}
          label="When, as it was said"
          hint={measure ? `Only the kinds of period ${measure.short_title} has figures for are offered.` : undefined}
          error={errors.period}
        >
          {(described) => (
            <select
              id={fieldId('period')}
              value={input.period}
              onChange={(e) => set({ period: e.target.value })}
              {...control}
              {...described}
            >
              <option value="">Choose…</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {PERIOD_KIND_WORDS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input.period === 'federal-fy' &&
          text('year', 'Federal fiscal year', 'Four digits: 2019 is FY2019, Oct 1, 2018 to Sep 30, 2019.')}
        {input.period === 'state-fy' &&
          text('year', 'North Carolina fiscal year', 'Its two years: 2018-19 is July 1, 2018 to June 30, 2019.')}
        {input.period === 'calendar' && text('year', 'Calendar year', 'Four digits, like 2019.')}
        {input.period === 'month' && text('month', 'Month', 'Year and month, like 2020-03.')}
        {input.period === 'day' && text('day', 'Day', 'A date, like 2025-07-18.')}
        {input.period === 'relative' && (
          <>
            <Field id={fieldId('rule')} label="The period as said" error={errors.rule}>
              {(described) => (
                <select
                  id={fieldId('rule')}
                  value={input.rule}
                  onChange={(e) => set({ rule: e.target.value })}
                  {...control}
                  {...described}
                >
                  <option value="">Choose…</option>
                  {RELATIVE_CHOICES.map((r) => (
                    <option key={r} value={r}>
                      {relativeWords(r)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {text('said', 'The date it was said', 'Like 2019-11-03: "last year" is read from this date.')}
          </>
        )}
        <button type="submit" className="rule mt-4 min-h-6 rounded border-2 px-4 py-1 font-semibold">
          Check
        </button>
      </form>

      <section aria-labelledby="check-result-title" className="mt-6">
        <h2 id="check-result-title" className="text-lg font-semibold">
          What the record says
        </h2>
        <div role="status" aria-live="polite" aria-atomic="true" id="check-verdict" className="mt-2">
          {state.kind === 'idle' && (
            <p className="muted text-sm">
              {Object.keys(errors).length
                ? 'Some fields need a change before the check can run; each says what.'
                : 'Fill in the number you heard and press Check.'}
            </p>
          )}
          {state.kind === 'loading' && <p className="text-sm">Checking…</p>}
          {state.kind === 'failed' && <p className="text-sm font-medium">{state.message}</p>}
          {state.kind === 'done' && (
            <>
              <StatusBadge
                status={state.result.comparison.status}
                label={STATUS_LABEL[state.result.comparison.status]}
              />
              {state.result.noRecord && <p className="mt-2 font-medium">{state.result.noRecord.sentence}</p>}
              {/* With no figure for the period, the engine's sentence would say no series measures this at all, which the
                  series' other years contradict: the no-record sentence above says what is true instead. */}
              {!state.result.noRecord && <p className="mt-2">{state.result.comparison.sentence}</p>}
            </>
          )}
        </div>
        {state.kind === 'done' && <CheckResultView result={state.result} query={state.query} origin={origin} />}
      </section>
      {state.kind === 'done' && <SuggestPanel key={state.query} result={state.result} />}
    </div>
  );
}
