// The browser's search engine (templates/assets/search-*.js) run in Node, on
// index files held in memory: for the benchmark and the tests. Each file is
// read as the browser would get it from its <script>, and every load is
// counted, so "bytes a query loads" is measured, not estimated.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

const ASSETS = path.resolve(import.meta.dirname, '..', 'templates', 'assets');
/** The scripts the search page loads, in order. */
export const ENGINE_SCRIPTS = ['search-words.js', 'search-query.js', 'search-engine.js'];
const WRAPPED = /^minutebookSearch\(("[^"]*"),([\s\S]*?)(,1)?\);\n$/;

/** The data a search file hands to minutebookSearch(), inflated when it says it is deflated. */
export function readSearchFile(name, content) {
  const m = WRAPPED.exec(content);
  if (!m || JSON.parse(m[1]) !== name) throw new Error(`search/${name}.js is not a minutebookSearch("${name}", …) call`);
  if (!m[3]) return JSON.parse(m[2]);
  return JSON.parse(zlib.inflateRawSync(Buffer.from(JSON.parse(m[2]), 'base64')).toString('utf8'));
}

/** A fresh realm with the engine's scripts run in it; returns its globals. */
export function engineRealm() {
  const context = vm.createContext({});
  for (const name of ENGINE_SCRIPTS) vm.runInContext(fs.readFileSync(path.join(ASSETS, name), 'utf8'), context, { filename: name });
  return context;
}

/** Bytes of the scripts the search page needs besides the index. */
export function engineBytes() {
  return [...ENGINE_SCRIPTS, 'search-loader.js', 'search-render.js', 'search.js', 'search-key.js'].reduce((n, f) => n + (fs.existsSync(path.join(ASSETS, f)) ? fs.statSync(path.join(ASSETS, f)).size : 0), 0);
}

/**
 * An engine over files [{path: "search/…", content}]. `loaded` lists the
 * files it read, each once (the browser caches a loaded script the same way).
 */
export function memoryEngine(files, realm = engineRealm()) {
  const byName = new Map(files.map((f) => [f.path.replace(/^search\//, '').replace(/\.js$/, ''), f.content]));
  const cache = new Map();
  const loaded = [];
  const load = (name) => {
    if (!cache.has(name)) {
      const content = byName.get(name);
      if (content === undefined) throw new Error(`no search file ${name}.js`);
      cache.set(name, readSearchFile(name, content));
      loaded.push({ name, bytes: Buffer.byteLength(content) });
    }
    return cache.get(name);
  };
  const engine = realm.MinutebookSearchEngine.create(load);
  return { engine, loaded, realm, reset: () => (loaded.length = 0) };
}
