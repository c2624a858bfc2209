/**
 * Runs `work` over a queue that may grow while it runs, with at most `concurrency` items in flight.
 * The crawl waits mostly on the browser (network idle, hydration, axe), so a few pages at once use
 * two cores far better than one at a time.
 */
export async function drainQueue<T>(queue: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let active = 0;
  const waiting: Array<() => void> = [];
  const signal = () => waiting.splice(0).forEach((wake) => wake());
  const worker = async (): Promise<void> => {
    for (;;) {
      const item = queue.shift();
      if (item === undefined) {
        // Another worker may still add items; stop only when no one is working.
        if (active === 0) return signal();
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      active++;
      try {
        await work(item);
      } finally {
        active--;
        signal();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

/** How many pages the browser tests open at once (CRAWL_CONCURRENCY overrides). */
export const CRAWL_CONCURRENCY = Number(process.env.CRAWL_CONCURRENCY) || 3;
