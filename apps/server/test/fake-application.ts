import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A business application for connector tests: a real HTTP server on 127.0.0.1, a free port,
 * answering what each test puts at a path. Closed after the test file.
 */
export async function startFakeApplication() {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    host: `127.0.0.1:${port}`,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    hits,
    route(path: string, handler: Handler) {
      routes.set(path, handler);
    },
    /** A fixed answer at `path`. */
    serve(path: string, body: string | Buffer, contentType = 'text/csv; charset=utf-8', status = 200) {
      routes.set(path, (_request, response) => response.writeHead(status, { 'content-type': contentType }).end(body));
    },
  };
}
export type FakeApplication = Awaited<ReturnType<typeof startFakeApplication>>;
