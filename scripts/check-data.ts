/** npm run check:data [dir]: validates a data folder and prints every problem as path:line:column: message. */
import { checkDataset, dataDir } from '../lib/data/dataset';
import { formatProblem } from '../lib/data/problem';

const dir = process.argv[2] ?? dataDir();
const { dataset, problems } = checkDataset(dir);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
const d = dataset!;
console.log(`${dir}: ok (${d.stories.length} stories, ${d.claims.length} claims, ${d.series.length} series, ${d.observations.length} observations, ${d.sources.length} sources)`);
