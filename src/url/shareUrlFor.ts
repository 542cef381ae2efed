import { serializeLinkState, type LinkState } from './linkState';

/**
 * The link `Copy link` hands out from the page at `pageUrl`: the event's static page (e/<id>/,
 * which previews well in chats) carrying the rest of the view; a dataset loaded with ?data= has
 * no static pages, so its events link to ?event= directly.
 */
export function shareUrlFor(pageUrl: string, id: string, rest: LinkState): string {
  const appBase = new URL('.', pageUrl);
  if (rest.data) return new URL(serializeLinkState({ ...rest, event: id }), appBase).href;
  return new URL(`e/${encodeURIComponent(id)}/${serializeLinkState(rest)}`, appBase).href;
}
