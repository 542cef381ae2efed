// Plain-text output for people; the JSON in results/latest.json is for tools and comparisons.

const fixed = (digits) => (value) => (value == null ? '–' : value.toFixed(digits));
const int = (value) => (value == null ? '–' : String(Math.round(value)));
const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);

const COLUMNS = [
  ['case', (c) => c.name],
  ['events', (c) => int(c.events)],
  ['ready ms', (c) => fixed(0)(c.readyMs)],
  ['markers', (c) => int(c.markers?.events)],
  ['clusters', (c) => int(c.markers?.clusters)],
  ['DOM', (c) => int(c.markers?.dom)],
  ['frame med', (c) => fixed(1)(c.zoom?.median)],
  ['frame p95', (c) => fixed(1)(c.zoom?.p95)],
  ['frame max', (c) => fixed(1)(c.zoom?.max)],
  ['long tasks', (c) => longTasks(c.zoom)],
  ['max evt els', (c) => int(c.zoom?.maxEventElements)],
  ['heap MB', (c) => fixed(1)(c.heapMB)],
  ['filter ms', (c) => fixed(2)(c.filterPassMs)],
];

function longTasks(zoom) {
  if (!zoom || zoom.longTaskCount == null) return '–';
  return zoom.longTaskCount === 0 ? '0' : `${zoom.longTaskCount} (max ${int(zoom.longTaskMax)})`;
}

export function formatTable(results) {
  const rows = [
    COLUMNS.map(([title]) => title),
    ...results.cases.map((c) => COLUMNS.map(([, cell]) => cell(c))),
  ];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const { bundle } = results;
  const lines = [
    `first-load gzip: JS ${kb(bundle?.jsGzip)}, CSS ${kb(bundle?.cssGzip)} ` +
      `(${bundle?.files.length ?? 0} files, raw ${kb(bundle && bundle.jsRaw + bundle.cssRaw)})`,
    '',
    line(rows[0]),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(1).map(line),
  ];
  for (const c of results.cases) {
    for (const error of c.errors.slice(0, 5)) lines.push(`  ${c.name}: ${error}`);
    if (c.offOrigin.length)
      lines.push(`  ${c.name}: ${c.offOrigin.length} off-origin requests, e.g. ${c.offOrigin[0]}`);
    if (c.zoom && c.zoom.view.zoomedIn === c.zoom.view.before) {
      lines.push(
        `  ${c.name}: warning: ?view= did not change on wheel zoom; did the wheel reach the timeline?`,
      );
    }
  }
  return lines.join('\n');
}

export function formatBudgets(checks) {
  const show = (value) => (value == null ? 'not measured' : String(Math.round(value * 10) / 10));
  return checks
    .map((c) => {
      const slack = c.tolerance ? ` + ${c.tolerance} jitter` : '';
      return `${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${show(c.actual)} (budget ≤ ${c.limit}${slack})`;
    })
    .join('\n');
}
