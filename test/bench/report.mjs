// Plain-text output for people; the JSON in results/latest.json is for tools and comparisons.
import { isNoisy } from './summariseLcp.mjs';

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
  ['buffers MB', (c) => fixed(1)(c.buffersMB)],
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
  if (results.visTimeline) lines.push('', formatVisTimeline(results.visTimeline));
  if (results.phoneLcp) lines.push('', formatPhoneLcp(results.phoneLcp));
  for (const c of results.cases) {
    for (const error of c.errors.slice(0, 5)) lines.push(`  ${c.name}: ${error}`);
    if (c.offOrigin.length)
      lines.push(`  ${c.name}: ${c.offOrigin.length} off-origin requests, e.g. ${c.offOrigin[0]}`);
    if (
      c.zoom &&
      (c.zoom.window.before === null || c.zoom.window.zoomedIn === c.zoom.window.before)
    ) {
      lines.push(
        `  ${c.name}: warning: the visible window did not change on wheel zoom; did the wheel reach the timeline?`,
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
      const budget = `${c.below ? '<' : '≤'} ${c.limit ?? 'not measured'}${slack}`;
      return `${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${show(c.actual)} (budget ${budget})`;
    })
    .join('\n');
}

const PHONE_COLUMNS = [
  ['phone LCP', (p) => (p.version ? `${p.name} ${p.version}` : p.name)],
  ['LCP ms', (p) => int(p.lcpMs)],
  ['runs ms', (p) => p.runsMs.map(int).join(' ')],
  ['HTML', (p) => int(p.breakdown?.htmlMs)],
  ['JS+CSS in', (p) => int(p.breakdown?.assetsEndMs)],
  ['gzip KB', (p) => (p.breakdown ? (p.breakdown.assetBytes / 1024).toFixed(1) : '–')],
  ['long tasks ms', (p) => int(p.breakdown?.longTaskMs)],
  ['FCP', (p) => int(p.breakdown?.fcpMs)],
  ['LCP element', (p) => (p.element ? `${p.element.selector} “${p.element.text}”` : '–')],
];

/** The phone LCP case: one row per page, the median run's breakdown, then what went wrong. */
export function formatPhoneLcp({ profile, machine, pages }) {
  const { viewport, throttle } = profile;
  const rows = [
    PHONE_COLUMNS.map(([title]) => title),
    ...pages.map((p) => PHONE_COLUMNS.map(([, cell]) => cell(p))),
  ];
  const widths = PHONE_COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const last = PHONE_COLUMNS.length - 1;
  // Names left, numbers right, the element description last and unpadded.
  const pad = (cell, i) =>
    i === last ? cell : i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]);
  const line = (row) => row.map(pad).join('  ');
  const lines = [
    `phone: ${viewport.width}×${viewport.height} @${profile.deviceScaleFactor}, ` +
      `${throttle.cpuSlowdown}× CPU, ${throttle.latencyMs} ms RTT, ` +
      `${throttle.downKbps / 1000} Mbps down, gzip; median of ${profile.runs} runs, ` +
      `ms since navigation (breakdown of the median run, up to its LCP)`,
    line(rows[0]),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(1).map(line),
  ];
  if (machine) {
    const load = machine.loadAverage.map((l) => l.toFixed(1)).join(' → ');
    const spreads = pages.map((p) => `${p.name} ${int(p.spreadMs)} ms`).join(', ');
    lines.push(`  runs spread: ${spreads}; load average ${load} on ${machine.cores} cores`);
    if (isNoisy(pages, machine))
      lines.push('  warning: a noisy run; trust the medians only when a quiet machine agrees');
  }
  return [...lines, ...problemLines(pages)].join('\n');
}

/** Each page's first errors, and the remote requests it was refused (the bench is local only). */
function problemLines(pages) {
  return pages.flatMap((p) => [
    ...p.errors.slice(0, 5).map((error) => `  ${p.name}: ${error}`),
    ...(p.blocked.length
      ? [`  ${p.name}: blocked ${p.blocked.length} remote requests: ${p.blocked.join(', ')}`]
      : []),
  ]);
}

/**
 * The 1,000 case beside vis-timeline: one line with both medians and their ratio, then the runs,
 * how busy the machine was, and what went wrong or was blocked.
 */
export function formatVisTimeline({ runs, machine, pages }) {
  const [ours, theirs] = pages;
  const ratio =
    ours.readyMs != null && theirs.readyMs ? (ours.readyMs / theirs.readyMs).toFixed(2) : '–';
  const runsOf = (p) => p.runsMs.map(int).join(' ');
  const load = machine.loadAverage.map((l) => l.toFixed(1)).join(' → ');
  const lines = [
    `${theirs.name} ${theirs.version ?? ''} 1,000: ready ${int(theirs.readyMs)} ms ` +
      `(ours ${int(ours.readyMs)} ms, ratio ${ratio}); median of ${runs} alternating loads`,
    `  runs ms: ours ${runsOf(ours)}; ${theirs.name} ${runsOf(theirs)}; ` +
      `load average ${load} on ${machine.cores} cores`,
  ];
  return [...lines, ...problemLines(pages)].join('\n');
}
