// @vitest-environment node
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderEventPage } from '../../src/build/renderEventPage';
import { contentSecurityPolicy } from '../../src/build/contentSecurityPolicy';
import { bundledDataset } from './testData';
import type { Dataset } from '../../src/domain/types';

// Made before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let dataset: Dataset;
beforeEach(() => {
  dataset = bundledDataset();
});

describe('contentSecurityPolicy', () => {
  it('lets scripts come only from the site, images and media from http(s), and no frames', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
    expect(policy).toContain("img-src 'self' http: https:");
    expect(policy).toContain("frame-src 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows an event page's one inline script by its hash, and nothing else inline", () => {
    const html = renderEventPage(dataset.events[0]!, dataset, { root: '', stylesheets: [] });
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});
