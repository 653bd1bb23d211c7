// #action #info #idea #help #agreed #accepted #rejected: each adds one item
// of its kind with the argument as its text. Who may use them is in the table.
import type { ItemKind } from '../../types.js';
import { addItem, type CommandHandler } from '../state.js';

export function itemCommand(kind: ItemKind, chairOnly: boolean): CommandHandler {
  return { chairOnly, run: (ctx) => addItem(ctx, kind, ctx.arg) };
}
