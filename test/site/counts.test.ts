// Numbers on pages are read as readers read them (format.js count: 1,204, not
// 1204) and counted in words (1 line, 2 lines), also where a page shows a
// list's length.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as peopleTemplate from '../../templates/people.11ty.js';
import * as logTemplate from '../../templates/log.11ty.js';
import * as actionsTemplate from '../../templates/actions.11ty.js';
import { siteModel, attachLogs } from '../../src/site/model.js';
import { log, meeting } from '../support/inline-log.js';

test('the people index counts people in words and digit groups; a one-line log says "1 line"', () => {
  const many = Array.from({ length: 1204 }, (_, k): [string, string] => [`nick${k}`, 'here']);
  const big = meeting(log(['alice', '#startmeeting'], ...many, ['alice', '#endmeeting']), 'team.2020-01-01-10.00.log.txt');
  const site = siteModel([big], [], { logs: 'none' });
  assert.match(peopleTemplate.render({ minutebook: site }), '<p class="lead">1,205 people;');
  attachLogs(site, site.meetings, [big]);
  assert.match(logTemplate.render({ minutebook: site, m: site.meetings[0] }), ' · 1,206 lines ·');

  const one = meeting(log(['alice', 'hi']), 'solo.2020-01-02-10.00.log.txt');
  const small = siteModel([one], [], { logs: 'none' });
  attachLogs(small, small.meetings, [one]);
  assert.match(peopleTemplate.render({ minutebook: small }), '<p class="lead">1 person;');
  assert.match(logTemplate.render({ minutebook: small, m: small.meetings[0] }), ' · 1 line ·');
});

test('the action rollup counts in digit groups', () => {
  const actions = Array.from({ length: 1001 }, (_, k): [string, string] => ['alice', `#action alice to do thing ${k}`]);
  const m = meeting(log(['alice', '#startmeeting'], ...actions, ['alice', '#endmeeting']), 'team.2020-01-01-10.00.log.txt');
  const html = actionsTemplate.render({ minutebook: siteModel([m], [], { logs: 'none' }) });
  assert.match(html, '#h-actions">1,001</a>');
  assert.not.match(html, '>1001<');
});

test.run();
