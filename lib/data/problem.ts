/** A located problem in a data file. Lines and columns are 1-based. */
export interface Problem {
  path: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line}:${p.column}: ${p.message}`;
}

/** Thrown when a data folder does not validate; carries every problem, not just the first. */
export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} data problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DataError';
  }
}

/** Appends `more` to `problems` in place; unlike push(...more), fine for any number of problems. */
export function appendProblems(problems: Problem[], more: Problem[]): void {
  for (const p of more) problems.push(p);
}
