import { drainQueue } from './pool';

describe('drainQueue', () => {
  it('works through items added while it runs, never more than the limit at once', async () => {
    const queue = [1];
    const done: number[] = [];
    let inFlight = 0;
    let most = 0;
    await drainQueue(queue, 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      if (n < 20) queue.push(n * 2, n * 2 + 1);
      done.push(n);
      inFlight--;
    });
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(most).toBe(3);
  });

  it('finishes at once on an empty queue', async () => {
    await expect(drainQueue([], 2, async () => {})).resolves.toBeUndefined();
  });
});
