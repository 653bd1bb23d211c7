// #topic: a new section of the minutes. #meetingtopic: the page title only.
import { addItem, type CommandHandler } from '../state.js';

export const topic: CommandHandler = {
  chairOnly: true,
  run: (ctx) => addItem(ctx, 'topic', ctx.arg),
};

/** The page title #meetingtopic sets: trimmed; empty, "none" or "unset" clears it (#startmeeting's text goes through this too). */
export function meetingTopicOf(arg: string): string | null {
  const text = arg.trim();
  return text === '' || /^(none|unset)$/i.test(text) ? null : text;
}

export const meetingtopic: CommandHandler = {
  chairOnly: true,
  run(ctx) {
    ctx.state.meetingTopic = meetingTopicOf(ctx.arg);
  },
};
