// Series names and meeting ids: readable where the name allows, always one
// safe path segment, and two different names never made the same by accident.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { meetingId, safeSeries, seriesFromPath } from '../../src/meeting/naming.js';

test('accents are dropped, case folded, other characters become _', () => {
  assert.is(safeSeries('Réunion Équipe'), 'reunion_equipe');
  assert.is(safeSeries('#openstack-meeting'), 'openstack-meeting');
  assert.is(safeSeries('ＡＢＣ'), 'abc');
});

test('a name without Latin letters keeps a stable name of its own', () => {
  assert.match(safeSeries('日本'), /^series-[0-9a-f]{8}$/);
  assert.is(safeSeries('日本'), safeSeries('#日本'));
  assert.is.not(safeSeries('日本'), safeSeries('中国'));
  assert.is(safeSeries('...'), 'meetings', 'nothing to name it by');
});

test('the site’s own folders and Windows device names are never series', () => {
  for (const name of ['people', 'assets', 'data', 'search', 'topics', 'decisions']) assert.is(safeSeries(name), `${name}-meetings`);
  assert.is(safeSeries('CON'), 'con-meetings');
  for (const name of ['index.html', 'feed.xml', 'sw.js', '404.html', 'search.html']) assert.is(safeSeries(name), `${name}-meetings`, 'nor the names of its own files');
});

test('ids follow MeetBot naming', () => {
  assert.is(meetingId('oslo', '2016-11-07T16:00:59Z'), 'oslo/2016/oslo.2016-11-07-16.00');
  assert.is(meetingId('i2p', '1970-01-01T22:57:10Z', true), 'i2p/undated/i2p.22.57', 'no date part for a log without a date');
  assert.is(seriesFromPath('oslo.2016-11-07-16.00.log.txt'), 'oslo');
  assert.is(seriesFromPath('infra/2020-01-02.log'), 'infra');
});

test('a file named with a space before its date: the series has no trailing space (it was "weekly_sync_")', () => {
  assert.is(seriesFromPath('Weekly Sync 2024-01-04.log'), 'Weekly Sync');
  assert.is(seriesFromPath('Weekly Sync - 2024-01-04.log'), 'Weekly Sync');
  assert.is(safeSeries(seriesFromPath('Weekly Sync 2024-01-04.log')), safeSeries('Weekly Sync'));
  assert.is(seriesFromPath('#infra_20240103.log'), '#infra');
});

test.run();
