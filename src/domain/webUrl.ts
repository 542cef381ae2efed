import { isHttpUrl } from './richText';

/**
 * `url` if it is an absolute http(s) address, else undefined. Links drawn from a dataset go
 * through this even though the schema checks them too: a dataset may arrive by other roads
 * (an importer, a test), and React only blocks `javascript:`, not `data:` or `vbscript:`.
 */
export const webUrl = (url: string | undefined): string | undefined =>
  url !== undefined && isHttpUrl(url) ? url : undefined;
