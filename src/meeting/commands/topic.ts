// #topic: a new section of the minutes. #meetingtopic: the page title only.
import { addItem, type CommandHandler } from '../state.js';

export const topic: CommandHandler = {
  chairOnly: true,
  run: (ctx) => addItem(ctx, 'topic', ctx.arg),
};

export const meetingtopic: CommandHandler = {
  chairOnly: true,
  run(ctx) {
    const text = ctx.arg.trim();
    ctx.state.meetingTopic = text === '' || /^(none|unset)$/i.test(text) ? null : text;
  },
};
