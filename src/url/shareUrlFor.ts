import { serializeLinkState, type LinkState } from './linkState';

/**
 * An event's link, relative to the app's root page: its static page (e/<id>/, which previews
 * well in chats and reads without JavaScript) carrying the rest of the view; a dataset loaded
 * with ?data= has no static pages, so its events link to ?event= directly. `base` is the app's
 * root as seen from the page the link is written into ('../../' on an e/<id>/ page).
 */
export function eventLink(id: string, rest: LinkState, base = ''): string {
  if (rest.data) return `${base}${serializeLinkState({ ...rest, event: id })}`;
  return `${base}e/${encodeURIComponent(id)}/${serializeLinkState(rest)}`;
}

/** The link `Copy link` hands out from the page at `pageUrl`: eventLink, made absolute. */
export function shareUrlFor(pageUrl: string, id: string, rest: LinkState): string {
  return new URL(eventLink(id, rest), new URL('.', pageUrl)).href;
}
