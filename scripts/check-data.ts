/** npm run check:data [dir]: validates a data folder and prints every problem as path:line:column: message. */
import { checkDatasetCounts, dataDir } from '../lib/data/dataset';
import { formatProblem } from '../lib/data/problem';

const dir = process.argv[2] ?? dataDir();
const started = performance.now();
// Counts only: the check keeps no rows, so a large folder is checked in bounded memory.
const { counts, problems } = checkDatasetCounts(dir);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
const d = counts!;
// The time is the check's own, start-up excluded (the bench sets it beside DuckDB's query time).
console.log(
  `${dir}: ok (${d.stories} stories, ${d.claims} claims, ${d.series} series, ${d.observations} observations, ${d.sources} sources) in ${((performance.now() - started) / 1000).toFixed(2)} s`,
);
