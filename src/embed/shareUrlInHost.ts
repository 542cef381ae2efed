/**
 * The address `Copy link` hands out inside a host page that runs embed.js: the host page with
 * `#<key>=<event-id>` in its fragment, which embed.js reads on load to open that event.
 * Keys already in the fragment (other timelines on the page) are left as they are; a plain
 * anchor (`#comments`) is replaced, since it can't hold keys. public/embed.js reads and writes
 * the fragment the same way.
 */
export function shareUrlInHost(hostUrl: string, key: string, eventId: string): string {
  const url = new URL(hostUrl);
  const params = readFragment(url.hash);
  params.set(key, eventId);
  url.hash = params.toString();
  return url.href;
}

/** The fragment's `key=value` pairs; a fragment without `=` is an anchor and holds none. */
export function readFragment(hash: string): URLSearchParams {
  const text = hash.replace(/^#/, '');
  return new URLSearchParams(text.includes('=') ? text : '');
}
