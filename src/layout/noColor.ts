// d3-scale's continuous scales default to d3-interpolate's generic `interpolate`, which reaches
// for d3-color (~3.5 KB gzip) in case a range holds colours. Our ranges are pixels, so
// vite.config.ts points d3-color here, as it does d3-time-format (see noTimeFormat.ts): calling
// it is a bug, and says so rather than interpolating nothing.
const refuse = (): never => {
  throw new Error('d3-color is not bundled: scales here map time to pixels, never to colours');
};
export const color = refuse;
export const rgb = refuse;
export const hsl = refuse;
export const lab = refuse;
export const hcl = refuse;
export const cubehelix = refuse;
