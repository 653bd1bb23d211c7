// HCoop Meetbot's motions (hcoop-meetbot's command.py): a chair opens one with
// #motion, anyone votes (#vote: "+…" is in favor, anything else opposed, and
// every #vote counts), and #close ends it by the count. #accepted, #failed and
// #inconclusive record an outcome by hand and end any open motion. HCoop has no
// #agreed.
//
// Deviation, on purpose: HCoop's minutes list the motion and its outcome as two
// events. Ours make one decision item of the outcome that names the motion, as
// OpenStack's #endvote names its question, so a decision reads whole wherever it
// is listed. FAILED is our 'rejected' kind, INCONCLUSIVE our 'vote' kind.
import type { ItemKind } from '../../types.js';
import { addItem, note, type CommandHandler } from '../state.js';

export const motion: CommandHandler = {
  chairOnly: true,
  run({ state, arg }) {
    state.motion = { text: arg.trim(), inFavor: [], opposed: [] };
  },
};

export const motionVote: CommandHandler = {
  chairOnly: false,
  run(ctx) {
    const { state, arg, nick } = ctx;
    if (!state.motion) return note(ctx, 'info', `#vote from ${nick} with no motion open; ignored`);
    (arg.trim().startsWith('+') ? state.motion.inFavor : state.motion.opposed).push(nick);
  },
};

export const close: CommandHandler = {
  chairOnly: true,
  run(ctx) {
    const { motion: open } = ctx.state;
    if (!open) return;
    const { inFavor, opposed } = open;
    if (inFavor.length + opposed.length === 0) return note(ctx, 'info', `#close with no votes on the motion "${open.text}"; it stays open`);
    const [kind, outcome]: [ItemKind, string] =
      inFavor.length > opposed.length ? ['accepted', 'accepted'] : inFavor.length < opposed.length ? ['rejected', 'failed'] : ['vote', 'inconclusive'];
    const named = (nicks: string[]) => (nicks.length ? ` (${nicks.join(', ')})` : '');
    addItem(ctx, kind, `Motion "${open.text}" ${outcome}: ${inFavor.length} in favor${named(inFavor)} to ${opposed.length} opposed${named(opposed)}`);
    ctx.state.motion = null;
  },
};

/** #accepted, #failed, #inconclusive: an outcome recorded by hand; any open motion ends. */
export function outcome(kind: ItemKind): CommandHandler {
  return {
    chairOnly: true,
    run(ctx) {
      ctx.state.motion = null;
      addItem(ctx, kind, ctx.arg);
    },
  };
}
