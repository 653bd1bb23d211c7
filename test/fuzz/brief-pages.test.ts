// An incremental build's model (src/site/model.ts, brief: each meeting page
// with only the items other pages show, made whole when it is rendered; with
// the topic index made apart, its topic blocks bare) is
// the clean build's for any logs: every summary page the same, and each
// meeting page, once made whole with its log, the same as one made whole
// from the start.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { parseLog } from '../../src/pipeline.js';
import { attachLogs, siteModel } from '../../src/site/model.js';
import { uniqueIds } from '../../src/site/summary.js';
import { params } from '../support/fuzz-config.js';
import { generatedLog } from '../support/fuzz-logs.js';
import { withoutSummaries } from '../support/brief-model.js';

for (const format of ['meetbot', 'irssi', 'weechat']) {
  test(`brief pages made whole are whole pages, every other view the same: ${format} logs`, () => {
    fc.assert(
      fc.property(fc.array(generatedLog(format), { minLength: 1, maxLength: 4 }), fc.constantFrom(undefined, 'Europe/Berlin', 'Asia/Kathmandu'), fc.boolean(), (logs, timezone, topicIndex) => {
        const meetings = uniqueIds(logs.flatMap((g, k) => parseLog(g.bytes, `log${k}.log`, { relPath: g.relPath || `log${k}.log`, timezone: g.timezone }).meetings));
        // Without the topic index (made on a thread of its own, topic-plan.ts), brief pages' topic blocks are bare.
        const whole = siteModel(meetings, [], { timezone, topicIndex });
        const brief = siteModel(meetings, [], { timezone, logs: 'none', brief: true, topicIndex });
        assert.is(withoutSummaries(brief), withoutSummaries(whole));
        attachLogs(brief, brief.meetings, meetings);
        assert.equal(brief.meetings, whole.meetings);
      }),
      params(0.2),
    );
  });
}

test.run();
