import { serializeLinkState, type LinkState } from '../url/linkState';

/**
 * The standalone page with the same state, without `embed=1`: `Open full timeline` in a frame.
 * Its own file, so the first-load bundle doesn't carry the Embed dialog's code builder.
 */
export function standaloneUrl(appUrl: string, link: LinkState): string {
  const search = serializeLinkState({ ...link, embed: undefined });
  // `new URL('', base)` would keep the base's query: resolve against the app's folder.
  return new URL(search || '.', new URL('.', appUrl)).href;
}
