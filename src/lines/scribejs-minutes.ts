// W3C's minutes as scribejs writes them in Markdown (w3c/scribejs, the
// minutes W3C groups publish on GitHub Pages): a title, "**Date:** …", "See
// also the [Agenda] and the [IRC Log]", "## Attendees" with "**Present:** …",
// then the discussion. They are minutes made from a log, not a log: read as
// one, their lines made meetings of Markdown, and people of list markers
// ("[1." from "* [1. F2F meeting](#section1)"). The pipeline skips them with
// a warning that points at the IRC log they were made from.

/** Lines at the top of a file in which both marks are looked for. */
const HEAD = 40;
const DATE = /^\*\*Date:\*\* /;
const ATTENDEES = /^## Attendees\b/;

/** Whether a file's lines (front matter aside) are scribejs's Markdown minutes. */
export function isScribejsMinutes(body: readonly string[]): boolean {
  let date = false;
  let attendees = false;
  for (let i = 0; i < body.length && i < HEAD; i++) {
    date ||= DATE.test(body[i]);
    attendees ||= ATTENDEES.test(body[i]);
    if (date && attendees) return true;
  }
  return false;
}
