#!/usr/bin/env node
// Experiment behind a proposal in docs/performance.md: how long minutebook's
// own per-meeting pages take when templates/meeting.11ty.js and
// templates/log.11ty.js are called directly (they are plain functions of the
// model) and written with fs.writeFileSync, instead of going through
// Eleventy's pagination. Same parse, same model, same bytes per page. Only
// the per-meeting pages: summary pages, downloads and search are left out.
// Usage: node bench/direct-render.js --logs DIR --out DIR
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listLogs, readAndParse, siteOptions } from '../dist/build.js';
import { siteModel } from '../dist/site/model.js';
import * as minutes from '../templates/meeting.11ty.js';
import * as log from '../templates/log.11ty.js';

const { values } = parseArgs({ options: { logs: { type: 'string' }, out: { type: 'string' } } });
if (!values.logs || !values.out) throw new Error('usage: node bench/direct-render.js --logs DIR --out DIR');
const timings = {};
const timed = async (name, f) => {
  const began = performance.now();
  const result = await f();
  timings[name] = Number(((performance.now() - began) / 1000).toFixed(2));
  return result;
};

const list = await listLogs(values.logs);
const { meetings } = await timed('parse', () => readAndParse(values.logs, list.files));
const model = await timed('model', () => siteModel(meetings, [], siteOptions()));
const bytes = await timed('render', () => {
  let total = 0;
  for (const m of model.meetings) {
    for (const [template, rel] of [
      [minutes, m.ref.path],
      [log, m.log.path],
    ]) {
      const html = template.render({ minutebook: model, m });
      const file = path.join(values.out, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, html);
      total += Buffer.byteLength(html);
    }
  }
  return total;
});
console.log(JSON.stringify({ meetings: meetings.length, pages: 2 * model.meetings.length, bytes, seconds: timings }));
