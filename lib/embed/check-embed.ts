/**
 * The script of /embed/check, bundled at build (scripts/publish-check-embed.ts) into /embed/check.js.
 * No framework: it reads the check from the URL with the page's own allow-list (parseCheckSearch), validates
 * it with the page's rules, fetches the measure's static JSON and runs the same engine (checkVerdict:
 * compareClaim and the alignment rules), then writes the verdict and the figures. The chart (claimChart,
 * drawn by check-embed-chart.ts into /embed/check-chart.js) loads on the reader's first interaction, as the
 * pages' runtime does, so that the embed's first load stays within the embed budget (bench/budgets.json).
 * Everything is written with DOM calls that set text as text.
 */
import { CHECK_INDEX_HREF, type CheckIndex, type CheckSeriesData } from '../check/check-data';
import { checkFigureRows } from '../check/check-figures';
import { checkQuery, parseCheckSearch } from '../check/check-url';
import { type CheckVerdict, checkVerdict } from '../check/check-verdict';
import { validateCheck } from '../check/validate-check';
import { STATUS_LABEL } from '../vocabulary/statuses';
import { RECORD_HREF } from '../view/record-coverage';
import { CHART_SCRIPT, CHART_SLOT, el, VERDICT_KEY } from './check-embed-dom';

/** The first signs of interaction (those the pages' runtime loader waits for, lib/html/runtime-loader.ts). */
const INTERACTION = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'];

/** Loads the chart script once, on the first sign of interaction or a press of the button. */
function chartOnInteraction(verdict: CheckVerdict) {
  (window as unknown as Record<string, unknown>)[VERDICT_KEY] = verdict;
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    for (const e of INTERACTION) removeEventListener(e, load, true);
    document.body.appendChild(el('script', undefined, { src: CHART_SCRIPT }));
  };
  for (const e of INTERACTION) addEventListener(e, load, { capture: true, passive: true });
  const button = el('button', 'Show the chart', { type: 'button' });
  button.addEventListener('click', load);
  return el('div', undefined, { id: CHART_SLOT }, [button]);
}

async function fetchJson<T>(href: string): Promise<T> {
  const res = await fetch(href);
  if (!res.ok) throw new Error(`${res.status} ${href}`);
  return (await res.json()) as T;
}

async function main() {
  const { input, tooLong } = parseCheckSearch(location.search);
  const query = checkQuery(input);
  const back = document.getElementById('back') as HTMLAnchorElement;
  back.href = `${back.href.split('?')[0]}${query ? `?${query}` : ''}`;
  const verdict = document.getElementById('verdict')!;
  const body = document.getElementById('result')!;
  try {
    const index = await fetchJson<CheckIndex>(CHECK_INDEX_HREF);
    const { errors, stated } = validateCheck(input, index, tooLong);
    if (!stated) {
      verdict.replaceChildren(el('p', 'This check is incomplete or has a field that needs a change:'));
      const ul = el('ul');
      for (const message of Object.values(errors)) ul.appendChild(el('li', message));
      body.replaceChildren(ul);
      return;
    }
    const result = checkVerdict(stated, await fetchJson<CheckSeriesData>(stated.measure.dataHref));
    const status = result.comparison.status;
    document.getElementById('title')!.textContent = `Check: ${result.claim.period}, ${result.claim.geography}`;
    verdict.replaceChildren(el('p', STATUS_LABEL[status], { class: 'badge', 'data-status': status }));
    if (result.noRecord) {
      const p = el('p', `${result.noRecord.sentence} `);
      const a = el('a', 'What has been published', { href: RECORD_HREF, target: '_blank', rel: 'noopener' });
      p.appendChild(a);
      verdict.appendChild(p);
      // The no-record sentence replaces the engine's, which would say no series measures this at all.
    } else verdict.appendChild(el('p', result.comparison.sentence));
    // Every verdict has a chart (claimChart draws one for any check with figures at its place).
    const parts: Node[] = result.evidence.length ? [chartOnInteraction(result)] : [];
    const table = el('table');
    table.appendChild(el('caption', 'The figures it rests on'));
    for (const r of checkFigureRows(result)) {
      const tr = el('tr');
      tr.append(el('th', r.label, { scope: 'row' }), el('td', r.valueText), el('td', r.period));
      const td = el('td');
      td.appendChild(
        el('a', r.sourceTitle, {
          href: /^https?:\/\//.test(r.sourceUrl) ? r.sourceUrl : '#',
          rel: 'noopener noreferrer nofollow',
          target: '_blank',
        }),
      );
      tr.appendChild(td);
      table.appendChild(tr);
    }
    const details = el('details', undefined, { class: 'tbl' });
    details.append(el('summary', 'Figures and sources'), table);
    parts.push(details);
    body.replaceChildren(...parts);
  } catch {
    verdict.replaceChildren(el('p', 'The figures could not be loaded.'));
  }
}

main();
