// What the readers of logs written as HTML pages (pages.ts) do to each line.
import { decodeHTML } from 'entities';

const TAG = /<[^>]*>/g;

/** A piece of a page as the text it shows: its tags dropped, its entities decoded. */
export function shownText(html: string): string {
  return decodeHTML(html.replace(TAG, ''));
}
