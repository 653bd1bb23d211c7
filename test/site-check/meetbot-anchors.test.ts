// Links into MeetBot's own log pages keep working on ours: a meeting's log
// page has MeetBot's path (SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM.log.html) and
// every line MeetBot anchored as #l-N is at #l-N here too, with the same
// time, nick and text. MeetBot's .log.html for two corpus logs are in
// test/fixtures/meetbot-html/ (SOURCES.tsv); the logs themselves are in the
// corpus site (test/fixtures/logs/).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { builtSite, REPO } from '../support/built-site.js';

const DIR = path.join(REPO, 'test', 'fixtures', 'meetbot-html');
const PAGES = [
  'openshift/asbroker.2018-10-02-13.31.log.html → asbroker/2018/asbroker.2018-10-02-13.31.log.html',
  'fedora-mote/fedora_iot_working_group_meeting.2020-06-10-14.10.log.html → fedora_iot_working_group_meeting/2020/fedora_iot_working_group_meeting.2020-06-10-14.10.log.html',
];

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (e) => ENTITIES[e]);
/** "14:10:12 <nick> text", "14:10:12 * nick waves" → "14:10:12 nick text": what both pages say, without MeetBot's marks. */
const plain = (line: string) => line.replace(/^(\S+) (?:<([^>\s]+)>|\* (\S+))/, (_, time, said, did) => `${time} ${said ?? did}`).replace(/\s+/g, ' ').trim();

/** MeetBot's page: anchor number → the line's text. */
function meetbotLines(html: string): Map<number, string> {
  const lines = new Map<number, string>();
  for (const m of html.matchAll(/<a name="l-(\d+)"><\/a>(.*)/g)) lines.set(Number(m[1]), plain(text(m[2].replace(/<\/pre>.*$/, ''))));
  return lines;
}

/** Our page: anchor number → the line's text, without the link back to the minutes. */
function ourLines(html: string): Map<number, string> {
  const lines = new Map<number, string>();
  for (const m of html.matchAll(/<p id="l-(\d+)"[^>]*>(.*?)<\/p>/g)) lines.set(Number(m[1]), plain(text(m[2].replace(/ <a class="back"[^>]*>.*?<\/a>$/, ''))));
  return lines;
}

for (const pair of PAGES) {
  const [theirs, ours] = pair.split(' → ');
  test(`MeetBot's ${path.basename(theirs)}: the same path, and every #l-N the same line`, async () => {
    const site = await builtSite('corpus');
    const page = path.join(site.root, ours);
    assert.ok(fs.existsSync(page), `${ours} in the site`);
    const expected = meetbotLines(fs.readFileSync(path.join(DIR, path.basename(theirs)), 'utf8'));
    const got = ourLines(fs.readFileSync(page, 'utf8'));
    assert.ok(expected.size > 20, `${expected.size} anchors in MeetBot's page`);
    const differ = [...expected].filter(([n, line]) => got.get(n) !== line).map(([n, line]) => `l-${n}: MeetBot "${line}", ours "${got.get(n)}"`);
    assert.equal(differ, []);
  });
}

test.run();
