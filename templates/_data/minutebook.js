// The only seam between the data files and the templates: reads the index
// written by the build (MINUTEBOOK_DATA points at the data folder).
import fs from 'node:fs';
import path from 'node:path';

export default function () {
  const dir = process.env.MINUTEBOOK_DATA ?? path.resolve('site/data');
  return JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
}
