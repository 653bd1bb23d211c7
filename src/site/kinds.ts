// Item kinds as every page and download names them.
import type { ItemKind } from '../types.js';

export const KIND_LABELS: Record<ItemKind, string> = {
  topic: 'Topic',
  action: 'Action',
  info: 'Info',
  idea: 'Idea',
  help: 'Help wanted',
  link: 'Link',
  agreed: 'Agreed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  vote: 'Vote',
  said: 'Said',
};

const DECISIONS: ReadonlySet<ItemKind> = new Set(['agreed', 'accepted', 'rejected', 'vote']);
export const isDecision = (kind: ItemKind): boolean => DECISIONS.has(kind);
