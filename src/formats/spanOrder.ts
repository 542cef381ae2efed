import { endOf, parsePartialDate, startOf } from '../domain/partialDate';

/**
 * How an end relates to its start. An end inside the start's own day or month ("1943-07" to
 * "1943-07-31") adds nothing, so the event becomes a point; only a true reversal is refused.
 */
export function spanOrder(start: string, end: string | undefined): 'span' | 'point' | 'backwards' {
  if (end === undefined) return 'point';
  const a = parsePartialDate(start)!;
  const b = parsePartialDate(end)!;
  if (startOf(b) < startOf(a)) return 'backwards';
  return endOf(b) > endOf(a) ? 'span' : 'point';
}
