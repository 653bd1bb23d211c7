// A model as JSON without what a brief meeting page (src/site/model.ts) lacks
// until the build renders it: its summary, and what attachLog adds
// (meeting-page.ts: the log view, the prose, the description). Shared by the
// model's tests and its property, so the two cannot drift apart.
import type { SiteModel } from '../../src/site/site-view.js';

export const withoutSummaries = (m: SiteModel) =>
  JSON.stringify({ ...m, render: null, meetings: m.meetings.map((p) => ({ ...p, summary: null, log: null, proseHtml: null, description: null })) });
