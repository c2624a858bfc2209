import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../scripts/serve';

export interface RunningSite {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site on a free loopback port with the same server `npm start` uses. */
export function serveSite(dir: string): Promise<RunningSite> {
  const server = createStaticServer(dir);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
