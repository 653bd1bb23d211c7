// Our own link checker over every .html page (and feed) of both built sites:
// relative links and sources reach a file in the site, fragments reach an id; nothing
// needs a web server's root ("/x", "//host", <base>), so the site works from
// file:// and under any path prefix; outside links use safe schemes only, and
// no page loads anything from the network (the site is browsable offline).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertNone, builtSite, filesUnder, type SiteName } from '../support/built-site.js';
import { checkSite, type Findings } from './link-check.js';

const checked = new Map<SiteName, Promise<Findings>>();

function findings(name: SiteName): Promise<Findings> {
  if (!checked.has(name)) checked.set(name, builtSite(name).then(checkSite));
  return checked.get(name)!;
}

/** " (missing: a.html ×12, b.css ×3)": the files most broken links point at, for a quick read. */
function missingSummary(broken: string[]): string {
  const counts = new Map<string, number>();
  for (const p of broken) {
    const file = / (\S+) does not exist$/.exec(p)?.[1];
    if (file) counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  if (counts.size === 0) return '';
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return ` (missing: ${top.map(([f, n]) => `${f} ×${n}`).join(', ')}${counts.size > 10 ? ` and ${counts.size - 10} more files` : ''})`;
}

test('the checker finds each kind of bad link in a small made-up site', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-link-check-'));
  const page = (rel: string, body: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), `<!doctype html><html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>`);
  };
  page('index.html', [
    '<a href="s/index.html#here">ok</a> <a href="s/index.html?q=1#here">ok</a> <a href="#top">ok</a> <a href="https://x.org/">ok</a>',
    '<a href="s/missing.html">1</a> <a href="s/index.html#nowhere">2</a> <a href="s/">3</a> <a href="../x.html">4</a>',
    '<a href="/s/index.html">5</a> <a href="//x.org/">6</a> <base href="s/">',
    '<a href="javascript:alert(1)">7</a> <script src="https://cdn.example/x.js"></script> <img alt="" src="s/nope.png">',
  ].join('\n'));
  page('s/index.html', '<p id="here">here</p> <a href="../index.html">up</a>');
  fs.writeFileSync(path.join(root, 's', 'feed.xml'), '<feed><link rel="alternate" href="index.html"/><link href="gone.html"/></feed>');
  try {
    const found = checkSite({ name: 'default', root, pages: filesUnder(root).filter((f) => f.endsWith('.html')) });
    const lines = (list: string[]) => list.filter((p) => p.startsWith('default/index.html')).map((p) => p.replace(/^default\/index\.html:(\d+) .*?> /, '$1 '));
    assert.equal(lines(found.broken), [
      '3 s/missing.html does not exist',
      '3 #nowhere is not an id in s/index.html',
      '3 s is a folder: file:// shows a listing, not its index.html; link to the file',
      '3 points outside the site (../x.html)',
      '5 s/nope.png does not exist',
    ]);
    assert.equal(found.broken.filter((p) => p.includes('feed.xml')), ['default/s/feed.xml:1 <link href="gone.html"> s/gone.html does not exist']);
    assert.is(found.serverOnly.length, 3);
    assert.is(found.unsafe.length, 2);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

for (const name of ['default', 'corpus', 'hostile'] as SiteName[]) {
  test(`${name} site: every relative link reaches a file, every #fragment an id`, async () => {
    const { broken } = await findings(name);
    assertNone(`broken links in the ${name} site${missingSummary(broken)}`, broken);
  });
  test(`${name} site: no link needs a server root (no "/x", "//host", <base>)`, async () => {
    assertNone(`links that break under file:// in the ${name} site`, (await findings(name)).serverOnly);
  });
  test(`${name} site: outside links use safe schemes and nothing loads from the network`, async () => {
    assertNone(`unsafe or online-only references in the ${name} site`, (await findings(name)).unsafe);
  });
}

test.run();
