import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server for one of the standalone server's own answerers (lib/http/prerendered.js, static-assets.js):
 * it answers what the answerer takes and hands the rest to a stand-in for Next, which says "next".
 */
export async function serveWith(answer: (req: IncomingMessage, res: ServerResponse) => boolean) {
  const server = createServer((req, res) => {
    if (answer(req, res)) return;
    res.writeHead(200, { 'content-type': 'text/plain' }).end('next');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
