// d3-scale's time scales import d3-time-format only for scale.tickFormat(), ~3 KB gzip of locale
// tables. Our labels come from chooseTicks and formatDate, so vite.config.ts points that import
// here: calling it is a bug, and says so rather than printing nothing.
const refuse = (): never => {
  throw new Error('d3-time-format is not bundled: label dates with src/domain/formatDate.ts');
};
export const timeFormat = (): ((date: Date) => string) => refuse;
export const utcFormat = timeFormat;
