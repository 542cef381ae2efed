/**
 * The dataset a link asks for (`data=`: its first non-blank value, trimmed), if the app may fetch
 * it: only http(s) and relative URLs (CONTRACT §3). parseLinkState takes `data` from here, and
 * the page's head script runs this very function (its source text, src/build/headScript.ts) to
 * start the download before the bundle arrives; so it uses nothing from outside its own body.
 */
export function linkedDatasetUrl(search: string): string | undefined {
  const value = new URLSearchParams(search)
    .getAll('data')
    .map((v) => v.trim())
    .find((v) => v !== '');
  // Longer than any dataset address needs: a link is not a place for a payload.
  if (value === undefined || value.length > 2000) return undefined;
  // Parse the way fetch will (the URL parser drops tabs, newlines and leading control
  // characters, so "java\tscript:" is javascript:); relative URLs resolve against an http base.
  try {
    const protocol = new URL(value, 'http://relative.invalid/').protocol;
    return protocol === 'http:' || protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}
