import { createHash } from 'node:crypto';

/**
 * The page's Content-Security-Policy (CONTRACT §7), as a meta tag so any static host serves it:
 * scripts only from the site itself (and inline ones by hash), no eval; a dataset's images,
 * audio and video from any http(s) host, loaded only when the reader opens their event; data
 * from wherever ?data= may fetch; never an outside frame, plugin or form target. Styles allow
 * 'unsafe-inline' for the style attributes the server-free build keeps; no script can use it.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  const hashes = inlineScripts.map((script) => `'${scriptHash(script)}'`);
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' http: https:",
    "media-src 'self' http: https:",
    "connect-src 'self' http: https:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** CSP's hash source for an inline script's exact text. */
export function scriptHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

export const cspMeta = (policy: string) =>
  `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
