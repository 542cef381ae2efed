// @vitest-environment node
// Every colour pair the stylesheet uses meets WCAG AA in both themes: 4.5:1 for text, 3:1 for
// markers, borders and focus rings (https://www.w3.org/TR/WCAG21/#contrast-minimum).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(process.cwd(), 'src/styles.css'), 'utf8');

/** `--name: light-dark(#light, #dark)` from :root, as [light, dark] hex pairs. */
const themes = new Map<string, [string, string]>(
  [...css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map((m) => [
    m[1]!,
    [m[2]!, m[3]!],
  ]),
);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const people = [...themes.keys()].filter((name) => name.startsWith('person-'));

const PAIRS: [fg: string, bg: string, min: number][] = [
  ['text', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['text', 'grid', 4.5],
  ['text', 'mark', 4.5],
  // Era names in the strip under the lanes, and event titles over the (lighter) tints.
  ['text', 'era-0', 4.5],
  ['text', 'era-1', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['accent', 'bg', 4.5],
  ['accent', 'surface', 4.5],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
  ['line', 'surface', 3],
  ...people.flatMap((p): [string, string, number][] => [
    [p, 'surface', 3],
    [p, 'bg', 3],
    ['on-person', p, 4.5],
  ]),
];

describe('theme colours', () => {
  it('finds the palette in the stylesheet', () => {
    expect(people.length).toBeGreaterThanOrEqual(7);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it.each(PAIRS.flatMap(([fg, bg, min]) => [0, 1].map((theme) => [fg, bg, min, theme] as const)))(
    '--%s on --%s is at least %s:1 (theme %i: 0 light, 1 dark)',
    (fg, bg, min, theme) => {
      const a = themes.get(fg)?.[theme];
      const b = themes.get(bg)?.[theme];
      expect(a, `--${fg}`).toBeDefined();
      expect(b, `--${bg}`).toBeDefined();
      expect(contrast(a!, b!)).toBeGreaterThanOrEqual(min);
    },
  );
});
