// `minutebook serve`: the built site over http on this machine, with live
// reload. sirv serves the files; HTML pages get one extra script that listens
// for our "reload" event (Server-Sent Events), sent after each rebuild.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { MinutebookError } from './errors.js';

const EVENTS = '/__minutebook/events';
const CLIENT = '/__minutebook/reload.js';
const CLIENT_JS = `new EventSource(${JSON.stringify(EVENTS)}).addEventListener('reload', () => location.reload());\n`;
const TAG = `<script src="${CLIENT}" defer></script>`;

export interface Server {
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/**
 * `prefix`: the path the site is served under on its host (the settings' pathPrefix, "/minutes/"): served
 * there here too, so what names it (the 404 page's links) works as it will online; "/" goes to it.
 */
export function startServer(dir: string, { host = '127.0.0.1', port = 8080, prefix = '/' } = {}): Promise<Server> {
  const root = path.resolve(dir);
  const files = sirv(root, { dev: true, etag: true, extensions: ['html'] });
  const listeners = new Set<http.ServerResponse>();
  const notFound = (res: http.ServerResponse) => {
    const missing = path.join(root, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(fs.existsSync(missing) ? fs.readFileSync(missing) : 'Not found');
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (prefix !== '/' && url.pathname !== EVENTS && url.pathname !== CLIENT) {
      if (url.pathname === '/' || url.pathname === prefix.slice(0, -1)) {
        res.writeHead(302, { location: prefix });
        res.end();
        return;
      }
      if (!url.pathname.startsWith(prefix)) return notFound(res);
      url.pathname = url.pathname.slice(prefix.length - 1);
      req.url = url.pathname + url.search;
    }
    if (url.pathname === EVENTS) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (url.pathname === CLIENT) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(CLIENT_JS);
      return;
    }
    const page = htmlFile(root, url.pathname);
    if (page) {
      const html = fs.readFileSync(page, 'utf8');
      const at = html.lastIndexOf('</body>');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(at < 0 ? html : html.slice(0, at) + TAG + html.slice(at));
      return;
    }
    files(req, res, () => notFound(res));
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err) => reject(listenFailed(err, host, port)));
    server.listen(port, host, () => {
      const address = server.address() as { port: number };
      resolve({
        url: `http://${host}:${address.port}${prefix}`,
        reload() {
          for (const res of listeners) res.write('event: reload\ndata: now\n\n');
        },
        close() {
          for (const res of listeners) res.end();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}

/** Why the server cannot listen, said as what to change: --port or --host. Other errors as they are. */
function listenFailed(err: NodeJS.ErrnoException, host: string, port: number): Error {
  const said = (message: string) => new MinutebookError(message, { cause: err });
  if (err.code === 'EADDRINUSE') return said(`port ${port} is in use on ${host}; pick another with --port (0 picks a free one)`);
  if (err.code === 'EACCES') return said(`port ${port} needs privileges here; pick one above 1023 with --port`);
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') return said(`cannot listen on ${host}: not an address of this machine (${err.code}); check --host`);
  return err;
}

/** The HTML file a request path names, if it is one inside root ("/" and "/dir/" mean their index.html). */
function htmlFile(root: string, pathname: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (rel.includes('\0')) return undefined;
  if (rel.endsWith('/')) rel += 'index.html';
  if (!rel.endsWith('.html')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(rel)}`);
  if (!file.startsWith(root + path.sep)) return undefined;
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

/** Calls onChange (debounced) when anything under the given paths changes. */
export function watch(paths: string[], onChange: () => void, delayMs = 200): () => void {
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  };
  const watchers = paths.filter((p) => fs.existsSync(p)).map((p) => fs.watch(p, { recursive: fs.statSync(p).isDirectory() }, fire));
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
