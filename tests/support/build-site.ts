import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Builds the static site exactly as `npm run build` does (check:data, chart rendering, next build),
 * from a data folder into an output folder, with any extra environment (SITE_URL). The full log goes to test-results/.
 */
export function buildSite(
  dataDir: string,
  outDir: string,
  logName: string,
  extraEnv: Record<string, string> = {},
): BuildResult {
  const env = { ...process.env, NEXT_OUT_DIR: outDir, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv } as NodeJS.ProcessEnv;
  if (dataDir === 'data') delete env.DATA_DIR;
  else env.DATA_DIR = dataDir;
  const run = spawnSync('npm', ['run', 'build'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stdout}\n${run.stderr}`;
  mkdirSync('test-results', { recursive: true });
  writeFileSync(join('test-results', `${logName}.log`), output);
  return { status: run.status, output };
}
