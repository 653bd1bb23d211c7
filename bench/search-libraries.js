// The document-partitioned way, for docs/search.md: MiniSearch and FlexSearch
// indexing the same documents as ours. To search everything from a static
// site, a browser must load every part of such an index, so the bytes of the
// first query are the index's whole serialized size. Measured here: build
// time, serialized bytes, load (parse + import) time, and query time.
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function timed(fn, runs = 5) {
  const times = [];
  let value;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    value = fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), value };
}

/** docs: [{id, text}]; queries: strings. */
export function compareLibraries(docs, queries, { fold }) {
  const results = [];

  {
    const options = { fields: ['text'], processTerm: (t) => fold(t), searchOptions: { prefix: true, combineWith: 'AND' } };
    let t = performance.now();
    const index = new MiniSearch(options);
    index.addAll(docs);
    const buildMs = performance.now() - t;
    const json = JSON.stringify(index);
    t = performance.now();
    const loaded = MiniSearch.loadJSON(json, options);
    const loadMs = performance.now() - t;
    const query = queries.map((q) => ({ q, ...pick(timed(() => loaded.search(q).length)) }));
    results.push({ library: `minisearch ${MiniSearch.version ?? '7'}`, buildMs, bytes: Buffer.byteLength(json), loadMs, query });
  }

  {
    const options = { tokenize: 'forward', encoder: FlexSearch.Charset.LatinBalance, resolution: 3 };
    let t = performance.now();
    const index = new FlexSearch.Index(options);
    for (const d of docs) index.add(d.id, d.text);
    const buildMs = performance.now() - t;
    const parts = [];
    index.export((key, data) => parts.push([key, data]));
    const bytes = parts.reduce((n, [k, d]) => n + Buffer.byteLength(String(k)) + Buffer.byteLength(d ?? ''), 0);
    t = performance.now();
    const loaded = new FlexSearch.Index(options);
    for (const [k, d] of parts) loaded.import(k, d);
    const loadMs = performance.now() - t;
    const query = queries.map((q) => ({ q, ...pick(timed(() => loaded.search(q, { limit: 1000 }).length)) }));
    results.push({ library: 'flexsearch 0.8', buildMs, bytes, loadMs, query });
  }
  return results;
}

const pick = ({ ms, value }) => ({ ms, hits: value });
