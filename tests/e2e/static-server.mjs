// A tiny static file server for the end-to-end tests: no dependencies, loopback only.
//
// Serves one directory (the release dist/) twice: at the site root and under the
// sub-path /lab/, so the tests prove the same build works at both. Only GET and HEAD;
// anything outside the directory is a 404. Usage: node static-server.mjs <dir> <port>
//
// Every response carries the strict Content Security Policy below (the one many
// university sites send), so the whole suite runs under it; tests/e2e/csp.spec.ts also
// fails on any `securitypolicyviolation` event.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CSP } from './csp-policy.mjs';

const [dirArg = 'dist', portArg = '4173'] = process.argv.slice(2);
const root = resolve(dirArg);
const port = Number(portArg);
const SUB_PATH = '/lab/';

// Explicit types: a wrong one for .wasm would force a slower, warning-printing path.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file under root, or null if it falls outside. */
function fileFor(urlPath) {
  let path = decodeURIComponent(urlPath);
  if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === SUB_PATH.slice(0, -1)) {
    // As real static hosts do: relative asset URLs need the trailing slash.
    response.writeHead(301, { Location: SUB_PATH + url.search }).end();
    return;
  }
  const file = fileFor(url.pathname);
  try {
    if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': CSP,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
  }
}

createServer((request, response) => {
  handle(request, response).catch(() => response.writeHead(500).end());
}).listen(port, '127.0.0.1', () => {
  console.log(`static-server: ${root} at http://127.0.0.1:${port}/ and ${SUB_PATH}`);
});
