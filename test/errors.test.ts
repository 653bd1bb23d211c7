import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatDiagnostic, githubAnnotation } from '../src/errors.js';

test('a diagnostic as a line: file:line: level: message', () => {
  assert.is(formatDiagnostic({ file: 'logs/a.log', line: 3, level: 'warning', message: 'odd' }), 'logs/a.log:3: warning: odd');
});

test('a diagnostic as a GitHub Actions annotation: level, file, line, escaped as the runner reads it', () => {
  assert.is(githubAnnotation({ file: 'logs/a.log', line: 3, level: 'warning', message: 'odd' }), '::warning file=logs/a.log,line=3::odd');
  assert.is(githubAnnotation({ file: 'logs/a.log', line: 1, level: 'error', message: 'x' }), '::error file=logs/a.log,line=1::x');
  // Infos are notices; a whole-file diagnostic (line 0) names no line.
  assert.is(githubAnnotation({ file: 'logs/a.log', line: 0, level: 'info', message: 'x' }), '::notice file=logs/a.log::x');
  // % and line breaks in the message; : and , in the file name too.
  assert.is(
    githubAnnotation({ file: 'logs/a,b:c.log', line: 2, level: 'warning', message: '100% sure\r\nnext: line, here' }),
    '::warning file=logs/a%2Cb%3Ac.log,line=2::100%25 sure%0D%0Anext: line, here',
  );
});

test.run();
