import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { counted } from '../src/counted.js';

test('a count of one takes the singular, any other count the plural', () => {
  assert.is(counted(1, 'log'), '1 log');
  assert.is(counted(0, 'log'), '0 logs');
  assert.is(counted(2, 'meeting'), '2 meetings');
  assert.is(counted(1, 'info'), '1 info');
  assert.is(counted(3, 'person', 'people'), '3 people');
});

test.run();
