// Votes, as OpenStack's MeetBot fork has them: #startvote, #vote, #showvote, #endvote.
import { addItem, note, type CommandHandler } from '../state.js';

export const startvote: CommandHandler = {
  chairOnly: true,
  run(ctx) {
    const { state, arg } = ctx;
    if (state.vote) return note(ctx, 'info', `#startvote while already voting on "${state.vote.question}"; ignored`);
    const q = arg.lastIndexOf('?');
    if (q < 0) return note(ctx, 'info', '#startvote needs a question ending in "?"; ignored');
    const options = arg.slice(q + 1).split(/[^\w+-]+/).filter(Boolean);
    state.vote = { question: arg.slice(0, q + 1).trim(), options: options.length ? options : ['Yes', 'No'], ballots: new Map() };
  },
};

export const vote: CommandHandler = {
  chairOnly: false,
  run(ctx) {
    const { state, arg, nick } = ctx;
    if (!state.vote) return;
    const choice = state.vote.options.find((o) => o.toLowerCase() === arg.trim().toLowerCase());
    if (choice) state.vote.ballots.set(nick, choice);
    else note(ctx, 'info', `vote "${arg.trim()}" from ${nick} is not one of the options; ignored`);
  },
};

export const endvote: CommandHandler = {
  chairOnly: true,
  run(ctx) {
    const { state } = ctx;
    if (!state.vote) return;
    const counts = new Map<string, number>();
    for (const option of state.vote.options) counts.set(option, 0);
    for (const choice of state.vote.ballots.values()) counts.set(choice, (counts.get(choice) ?? 0) + 1);
    const results = [...counts].filter(([, n]) => n > 0).map(([o, n]) => `${o}: ${n}`);
    addItem(ctx, 'vote', `Voted on "${state.vote.question}" Results are, ${results.join(', ')}`);
    state.vote = null;
  },
};
