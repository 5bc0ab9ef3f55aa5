import { cpSync, existsSync, mkdtempSync, readFile, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** The built pane (`npm run build` writes it). */
export const DIST_DIR = join(__dirname, '..', '..', '..', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

/**
 * A private copy of the built pane (no source maps, no CLI): a build started while the tests run would
 * otherwise swap the chunks under a page that is still loading them.
 */
function snapshotOf(dist: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'minutebook-e2e-dist-'));
  cpSync(dist, copy, {
    recursive: true,
    filter: (source) => !source.endsWith('.map') && source !== join(dist, 'cli'),
  });
  return copy;
}

/**
 * Serves a copy of dist/ on 127.0.0.1 at a free port: the pane as Office would load it, minus https. `page` is
 * the file that must be there (the test kit's build has kit.html instead).
 */
export async function startStaticServer(
  dist: string = DIST_DIR,
  page = 'taskpane.html',
): Promise<StaticServer> {
  if (!existsSync(join(dist, page))) {
    throw new Error(`${join(dist, page)} is missing: run npm run build first.`);
  }
  const root = snapshotOf(dist);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, pathname));
    // Never serve outside dist/, whatever the path says.
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file, (error, data) => {
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${pathname}`);
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(data);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          rmSync(root, { recursive: true, force: true });
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
