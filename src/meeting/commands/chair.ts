// #chair and #unchair. #chair splits on commas and spaces, #unchair on
// whitespace only (as MeetBot does); the owner can never be unchaired.
import { addAttendee, type CommandHandler } from '../state.js';

export const chair: CommandHandler = {
  chairOnly: true,
  run({ state, arg }) {
    for (const nick of arg.split(/[\s,]+/).filter(Boolean)) {
      if (!state.chairs.includes(nick)) state.chairs.push(nick);
      addAttendee(state, nick);
    }
  },
};

export const unchair: CommandHandler = {
  chairOnly: true,
  run({ state, arg }) {
    for (const nick of arg.split(/\s+/).filter(Boolean)) {
      if (nick !== state.owner) state.chairs = state.chairs.filter((c) => c !== nick);
    }
  },
};

/** #nick a, b: names people actions can be assigned to, with 0 lines. */
export const nick: CommandHandler = {
  chairOnly: false,
  run({ state, arg }) {
    for (const name of arg.split(/[\s,]+/).filter(Boolean)) addAttendee(state, name);
  },
};

/**
 * HCoop Meetbot's #here [alias]: the speaker is present, and the name they
 * give (their account name, say) is theirs: an action naming it is theirs,
 * and it names them as a person across meetings (Meeting.aliases).
 */
export const here: CommandHandler = {
  chairOnly: false,
  run({ state, arg, nick }) {
    addAttendee(state, nick);
    const alias = arg.trim();
    if (alias !== '' && alias !== nick) state.aliases.set(nick, alias);
  },
};
