// What every bench page load shares: nothing may come from another host (CONTRACT: the page makes
// no request elsewhere; a peer's page that tries is listed, not failed), and page errors count.

const isLocal = (url) => /^(data|blob):/.test(url) || new URL(url).hostname === '127.0.0.1';

/** Abort every request in `context` to another host, listing it in `run.blocked`. */
export async function blockRemote(context, run) {
  await context.route(
    (target) => !isLocal(target.href),
    (route) => {
      run.blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
}

/** Collect `page`'s uncaught errors and console errors in `run.errors`. */
export function recordErrors(page, run) {
  page.on('pageerror', (error) => run.errors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    // The blocked requests are listed in `blocked`; their console noise is not an error.
    if (msg.type() === 'error' && !/ERR_BLOCKED_BY_CLIENT/.test(msg.text()))
      run.errors.push(`console: ${msg.text()}`);
  });
}
