import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under an export folder, skipping Next's static assets (which hold none). */
export function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_next') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}
