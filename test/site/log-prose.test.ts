// The overview a Markdown log opens with (src/site/log-prose.ts): the prose
// before the chat, without its "# Logs" heading, rendered for a section of
// the minutes page (headings from h3), as safe as series notes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseLog } from '../../src/pipeline.js';
import { leadingProse, proseHtml } from '../../src/site/log-prose.js';
import type { Meeting } from '../../src/types.js';

const post = (...body: string[]): Meeting => {
  const text = ['---', 'title: Overview and Logs for the Dev Meeting', 'date: 2016-01-31', '---', '', ...body].join('\n') + '\n';
  const { meetings } = parseLog(Buffer.from(text), 'monero/2016-01-31-dev.md', { relPath: 'monero/2016-01-31-dev.md' });
  assert.is(meetings.length, 1);
  assert.is(meetings[0].source.format, 'markdown');
  return meetings[0];
};
const CHAT = ['**\\<fluffypony>** who are we missing  ', '**\\<warptangent>** ^  '];

test('the prose before the chat, without the "# Logs" heading, is the overview', () => {
  const m = post('# Summary', '', '## Use of dev branch', '', 'All hacking is done on the **dev** branch.', '', '# Logs', '', ...CHAT);
  assert.is(leadingProse(m), '# Summary\n\n## Use of dev branch\n\nAll hacking is done on the **dev** branch.');
  // Headings start at h3: the minutes page's sections are h2.
  assert.is(proseHtml(m), '<h3>Summary</h3>\n<h4>Use of dev branch</h4>\n<p>All hacking is done on the <strong>dev</strong> branch.</p>');
});

test('no overview: only a "# Logs" heading, or the chat straight away, or another format', () => {
  assert.is(leadingProse(post('# Logs  ', '', ...CHAT)), null);
  assert.is(leadingProse(post('### Log', ...CHAT)), null);
  assert.is(leadingProse(post(...CHAT)), null);
  const meetbot = parseLog(Buffer.from('10:00:00 <alice> # not prose\n10:00:01 <bob> hi\n'), 'team.2020-01-02-10.00.log.txt', {}).meetings[0];
  assert.is(proseHtml(meetbot), null);
});

test('the overview is as untrusted as the log: no raw HTML, no unsafe link', () => {
  const html = proseHtml(post('<script>alert(1)</script> [x](javascript:alert(1)) [ok](https://getmonero.org/)', '', '# Logs', ...CHAT))!;
  assert.not.match(html, /<script/);
  assert.not.match(html, /href="javascript:/);
  assert.match(html, /<a href="https:\/\/getmonero\.org\/">ok<\/a>/);
});

test.run();
