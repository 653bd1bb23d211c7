// #undo pops the last minutes item, whatever its kind.
import { note, type CommandHandler } from '../state.js';

export const undo: CommandHandler = {
  chairOnly: true,
  run(ctx) {
    const removed = ctx.state.items.pop();
    if (!removed) note(ctx, 'info', '#undo with no item to remove');
  },
};
