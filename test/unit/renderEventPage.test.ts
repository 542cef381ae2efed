// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { themeScript } from '../../src/build/headScript';
import { escapeHtml, previewText, renderEventPage } from '../../src/build/renderEventPage';
import { parseDataset } from '../../src/domain/parseDataset';
import bundledJson from '../../src/data/kim-kanye.json';
import type { Dataset } from '../../src/domain/types';

// Made before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let dataset: Dataset;
beforeEach(() => {
  const parsed = parseDataset(bundledJson);
  if (!parsed.ok) throw new Error('bundled dataset must parse');
  dataset = parsed.dataset;
});
/** What the build hands over: the app drawn for the page (its own test is prerender.test.tsx). */
const app = { root: '<main><h2>the app, drawn</h2></main>', stylesheets: ['assets/index-abc.css'] };

/** The content of a meta tag, unescaped, or null. */
function meta(html: string, attr: string, key: string): string | null {
  const match = new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html);
  return match
    ? match[1]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    : null;
}

describe('renderEventPage', () => {
  it.each(bundledJson.events.map((e) => e.id))('%s has its own title and preview meta', (id) => {
    const event = dataset.eventsById.get(id)!;
    const html = renderEventPage(event, dataset, app);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)))).toBe(
      `${event.title} · ${dataset.title}`,
    );
    expect(meta(html, 'property', 'og:title')).toBe(event.title);
    expect(meta(html, 'name', 'twitter:title')).toBe(event.title);
    expect(meta(html, 'property', 'og:description')).toBe(previewText(event, dataset));
    expect(meta(html, 'name', 'description')).toBe(previewText(event, dataset));
    // It hands over to the app with the event open, by a relative URL (works under any sub-path).
    expect(html).toContain(`"../../?event=${event.id}"`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('carries the app drawn with the event open, styled, for readers without JavaScript', () => {
    const html = renderEventPage(dataset.events[0]!, dataset, app);
    expect(html).toContain(`<div id="root">${app.root}</div>`);
    expect(html).toContain('<link rel="stylesheet" href="../../assets/index-abc.css" />');
    // They stay to read it: no refresh that would take them to a page showing every event.
    expect(html).not.toMatch(/http-equiv="refresh"/);
  });

  it('applies the remembered theme before the page paints, then hands over', () => {
    const html = renderEventPage(dataset.events[0]!, dataset, app);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).toContain(themeScript());
    expect(script.indexOf(themeScript())).toBeLessThan(script.indexOf('location.replace'));
  });

  it('previews with the first quote and its speaker, else the summary', () => {
    const quoted = dataset.eventsById.get('first-meeting')!;
    expect(previewText(quoted, dataset)).toBe('“I met Kanye in 2002” — Kim Kardashian');
    const unquoted = dataset.eventsById.get('proposal')!;
    expect(previewText(unquoted, dataset)).toBe(unquoted.summary);
  });

  it('writes dataset text as text, never markup', () => {
    const event = {
      ...dataset.eventsById.get('proposal')!,
      title: '<img src=x onerror="alert(1)">',
    };
    const html = renderEventPage(event, dataset, app);
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml(event.title));
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
  });
});
