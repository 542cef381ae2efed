/**
 * `url` if it is an absolute http(s) address, else undefined. Links drawn from a dataset go
 * through this even though the schema checks them too: a dataset may arrive by other roads
 * (an importer, a test), and React only blocks `javascript:`, not `data:` or `vbscript:`.
 */
export function webUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
