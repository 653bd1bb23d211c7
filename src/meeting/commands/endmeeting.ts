// #endmeeting: chairs only; on OpenStack's bot anyone may once 60 minutes have passed.
import { isChair, notAChair, note, type CommandHandler } from '../state.js';

const OPENSTACK_GRACE_MS = 60 * 60 * 1000;

export const endmeeting: CommandHandler = {
  // Checked here rather than by the table, because of the OpenStack grace rule.
  chairOnly: false,
  run(ctx) {
    const { state, line, nick } = ctx;
    if (!isChair(state, nick)) {
      const start = Date.parse(state.startLine.time ?? '');
      const now = Date.parse(line.time ?? '');
      const late = state.fork === 'openstack' && now - start >= OPENSTACK_GRACE_MS;
      if (!late) {
        note(ctx, 'info', notAChair(state, 'endmeeting', nick));
        return;
      }
    }
    state.endLine = line;
  },
};
