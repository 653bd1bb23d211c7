// People's pages (src/site/person-pages.ts): here, what a W3C scribe recorded
// each attendee saying, counted on their page beside the lines they typed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as personTemplate from '../../templates/person.11ty.js';
import { siteModel } from '../../src/site/model.js';
import { log, meeting } from '../support/inline-log.js';
import { personPath } from '../../src/site/paths.js';

const w3c = meeting(
  log(
    ['RRSAgent', 'logging'],
    ['ivan', 'scribe: pauld'],
    ['manu', 'present+'],
    ['pauld', 'Topic: Budget'],
    ['pauld', 'Ivan: we spend too much'],
    ['pauld', '... on travel'],
    ['pauld', 'manu: no objection'],
    ['pauld', 'Wendy: she was not here on IRC'],
  ),
  'w3c/01-team-irc.txt',
);

test('a person page is named after the nick, escaped; an empty one is "_", which no other nick escapes to', () => {
  assert.is(personPath('alice|away'), 'people/alice_7c_away.html');
  assert.is(personPath('@'), 'people/_40_.html');
  assert.is(personPath(''), 'people/_.html');
  assert.is(personPath('_'), 'people/_5f_.html');
  assert.is(personPath('index'), 'people/_69_ndex.html', 'not the people index');
  assert.is(personPath('con'), 'people/_63_on.html', 'no Windows device name');
  assert.is(personPath('com1'), 'people/_63_om1.html');
  assert.is(personPath('indexes'), 'people/indexes.html');
});

test("an attendee's meetings count what the scribe recorded them saying; a speaker who did not attend gets no page", () => {
  const model = siteModel([w3c]);
  const said = (key: string) => model.people.find((p) => p.key === key)?.meetings.map((r) => r.said);
  assert.equal(said('ivan'), [2]);
  assert.equal(said('manu'), [1]);
  assert.equal(said('pauld'), [undefined], 'the scribe typed the lines, said none of them');
  assert.is(said('wendy'), undefined);
  const ivan = model.people.find((p) => p.key === 'ivan')!;
  assert.match(personTemplate.render({ minutebook: model, p: ivan }), '<span class="meta">1 line · 2 remarks in the minutes</span>');
});

test('the count of lines said links to the search for everything they said; a nick with characters an address escapes stays whole', () => {
  const team = meeting(log(['alice', '#startmeeting'], ['bob|away', 'hi & bye'], ['alice', '#endmeeting']), 'team.2020-01-02-10.00.log.txt');
  const model = siteModel([team], [], { nickVariants: false });
  const bob = model.people.find((p) => p.nick === 'bob|away')!;
  assert.is(bob.searchPath, 'search.html?person=bob%7Caway');
  assert.match(personTemplate.render({ minutebook: model, p: bob }), '<a href="../search.html?person=bob%7Caway">1 line said</a>');
});

test.run();
