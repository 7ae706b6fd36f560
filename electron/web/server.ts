import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../../shared/csp';
import type { Core } from '../core';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const maxBody = 5 * 1024 * 1024;

/** The sign-in token the renderer sends with each call. */
function sessionOf(req: http.IncomingMessage): string | undefined {
  const token = req.headers['x-amends-session'];
  return typeof token === 'string' && token ? token : undefined;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

/**
 * Browser mode: the built renderer and `POST /rpc/:name` → the same dispatch as the Electron
 * window, on 127.0.0.1 only. Requests whose Host is not loopback are refused (DNS rebinding), and
 * so are cross-origin posts.
 */
export function createWebServer(core: Core, staticDir: string) {
  const root = path.resolve(staticDir);
  const server = http.createServer(async (req, res) => {
    const host = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) {
      res.writeHead(403).end('Amends answers only on this computer.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST')
        return sendJson(res, 405, {
          ok: false,
          error: { code: 'VALIDATION', message: 'Use POST.' },
        });
      const origin = req.headers.origin;
      if (origin && origin !== `http://${host}`) {
        return sendJson(res, 403, {
          ok: false,
          error: { code: 'VALIDATION', message: 'Cross-origin calls are refused.' },
        });
      }
      let input: unknown;
      try {
        const text = await readBody(req);
        input = text ? JSON.parse(text) : {};
      } catch {
        return sendJson(res, 400, {
          ok: false,
          error: { code: 'VALIDATION', message: 'The request was not valid JSON.' },
        });
      }
      return sendJson(
        res,
        200,
        await core.dispatch(decodeURIComponent(url.pathname.slice(5)), input, sessionOf(req)),
      );
    }
    if (url.pathname === '/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const stop = core.onEvent((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
      req.on('close', stop);
      return;
    }
    const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    const inside = file.startsWith(root + path.sep);
    const target =
      inside && fs.existsSync(file) && fs.statSync(file).isFile()
        ? file
        : path.join(root, 'index.html');
    res.writeHead(200, {
      'content-type': types[path.extname(target)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'content-security-policy': contentSecurityPolicy,
    });
    fs.createReadStream(target).pipe(res);
  });
  return {
    server,
    listen(port = 0): Promise<string> {
      return new Promise((resolve) => {
        server.listen(port, '127.0.0.1', () => {
          const { port: actual } = server.address() as AddressInfo;
          resolve(`http://127.0.0.1:${actual}/`);
        });
      });
    },
    close(): Promise<void> {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
