#!/usr/bin/env node
// What the site model keeps alive: a heap snapshot before and after
// siteModel (brief, as an incremental build makes it), and the difference
// by kind of object: how many, how many bytes, the commonest shapes (their
// property names), and how many objects have a hidden class of their own.
// How 884fbb6 and 23a2a0c (docs/performance.md) were found: cons strings
// (paths and links kept as pairs of pointers) and one class per object.
// Snapshots are large (about 150 MB each at 2,000 meetings): use an archive
// of a few thousand meetings at most.
// Usage: node bench/model-heap.js --logs DIR   (run `npx tsc -p .` first)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(import.meta.url);
const { values, positionals } = parseArgs({ options: { logs: { type: 'string' }, analyze: { type: 'boolean' } }, allowPositionals: true });

if (values.analyze) {
  analyze(positionals[0], positionals[1]);
} else {
  if (!values.logs) throw new Error('usage: node bench/model-heap.js --logs DIR');
  if (!globalThis.gc) {
    // Again, with the collector in reach (a snapshot of live data only).
    const r = spawnSync(process.execPath, ['--expose-gc', HERE, ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
  const { listLogs, readAndParse, readNotes } = await import('../dist/read-logs.js');
  const { siteModel } = await import('../dist/site/model.js');
  const { lineStore } = await import('../dist/line-store.js');
  const { siteOptions } = await import('../dist/build.js');
  const list = await listLogs(values.logs);
  const logs = await readAndParse(values.logs, list.files, undefined, undefined, { keepLines: false });
  const notes = await readNotes(values.logs);
  const store = lineStore(logs.sources, logs.meetings);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-heap-'));
  try {
    globalThis.gc();
    const before = v8.writeHeapSnapshot(path.join(dir, 'before.heapsnapshot'));
    globalThis.kept = siteModel(logs.meetings, notes, { ...siteOptions({}), logs: 'none', brief: true, lineCount: store.count });
    globalThis.gc();
    const after = v8.writeHeapSnapshot(path.join(dir, 'after.heapsnapshot'));
    console.log(`${logs.meetings.length} meetings`);
    // In a process of its own, with room for two parsed snapshots.
    spawnSync(process.execPath, ['--max-old-space-size=12000', HERE, '--analyze', before, after], { stdio: 'inherit' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function analyze(beforeFile, afterFile) {
  const ids = new Set();
  {
    const a = JSON.parse(fs.readFileSync(beforeFile, 'utf8'));
    const f = a.snapshot.meta.node_fields;
    for (let i = f.indexOf('id'); i < a.nodes.length; i += f.length) ids.add(a.nodes[i]);
  }
  const s = JSON.parse(fs.readFileSync(afterFile, 'utf8'));
  const { node_fields: nf, node_types: [types], edge_fields: ef, edge_types: [etypes] } = s.snapshot.meta;
  const { nodes, edges, strings } = s;
  const N = nf.length;
  const E = ef.length;
  const [TYPE, NAME, ID, SIZE, EDGES] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((k) => nf.indexOf(k));
  const [ETYPE, ENAME, ETO] = ['type', 'name_or_index', 'to_node'].map((k) => ef.indexOf(k));
  const kinds = new Map();
  const add = (map, key, bytes) => {
    const row = map.get(key) ?? [0, 0];
    row[0]++;
    row[1] += bytes;
    map.set(key, row);
  };
  // New objects' maps: how many objects use each, and one user's property names.
  const users = new Map();
  const shapeOf = new Map();
  for (let i = 0, e = 0; i < nodes.length; i += N) {
    const count = nodes[i + EDGES];
    const type = types[nodes[i + TYPE]];
    const isNew = !ids.has(nodes[i + ID]);
    if (isNew) add(kinds, type === 'object' ? `object ${strings[nodes[i + NAME]]}` : type, nodes[i + SIZE]);
    let map = -1;
    const props = [];
    for (let k = 0; k < count; k++, e += E) {
      const et = etypes[edges[e + ETYPE]];
      if (et === 'property') props.push(strings[edges[e + ENAME]]);
      else if (et === 'internal' && strings[edges[e + ENAME]] === 'map') map = edges[e + ETO];
    }
    // Arrays have elements, not properties: their classes say nothing here.
    if (isNew && type === 'object' && map >= 0 && strings[nodes[i + NAME]] !== 'Array') {
      users.set(map, (users.get(map) ?? 0) + 1);
      if (!shapeOf.has(map)) shapeOf.set(map, props.filter((p) => p !== '__proto__').join(','));
    }
  }
  let objects = 0;
  let bytes = 0;
  for (const [, [n, b]] of kinds) {
    objects += n;
    bytes += b;
  }
  const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
  console.log(`kept by the model: ${objects.toLocaleString('en')} objects, ${mb(bytes)}`);
  for (const [k, [n, b]] of [...kinds].sort((x, y) => y[1][1] - x[1][1]).slice(0, 12)) console.log(`  ${n.toLocaleString('en').padStart(10)}  ${mb(b).padStart(9)}  ${k}`);
  const shapes = new Map();
  let own = 0;
  for (const [map, n] of users) {
    add(shapes, shapeOf.get(map), 0);
    shapes.get(shapeOf.get(map))[1] += n;
    if (n === 1) own++;
  }
  console.log(`objects with a hidden class of their own: ${own.toLocaleString('en')}`);
  // A snapshot has no edge for a property holding a small integer: {nick,path} may also have lines and colour.
  console.log('commonest shapes (objects, classes; properties holding small integers not shown):');
  for (const [k, [classes, n]] of [...shapes].sort((x, y) => y[1][1] - x[1][1]).slice(0, 12)) console.log(`  ${n.toLocaleString('en').padStart(10)}  ${String(classes).padStart(6)}  {${k}}`);
}
