/** What a key press on the timeline asks for. */
export type KeyAction =
  | { type: 'zoom'; factor: number }
  /** Pan by this fraction of the window (negative: back in time). */
  | { type: 'pan'; fraction: number }
  /** Step focus between events; ±Infinity for the first or last. */
  | { type: 'step'; delta: number };

export interface KeyInput {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export const ZOOM_STEP = 2;
const PAN_FRACTION = 0.2;

/**
 * CONTRACT §4's keys: `+`/`-` zoom; with an event focused the arrows (and Home/End) step between
 * events, with the timeline itself focused they pan. Null: the key is not ours, let it be.
 */
export function keyAction(input: KeyInput, onEvent: boolean): KeyAction | null {
  if (input.altKey || input.ctrlKey || input.metaKey) return null;
  switch (input.key) {
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case 'ArrowRight':
    case 'ArrowLeft': {
      const sign = input.key === 'ArrowRight' ? 1 : -1;
      return onEvent
        ? { type: 'step', delta: sign }
        : { type: 'pan', fraction: sign * PAN_FRACTION };
    }
    case 'Home':
      return onEvent ? { type: 'step', delta: -Infinity } : null;
    case 'End':
      return onEvent ? { type: 'step', delta: Infinity } : null;
    default:
      return null;
  }
}

/** The index `delta` steps from `index` among `count` items, held at the ends. */
export function stepIndex(index: number, delta: number, count: number): number {
  if (count === 0) return -1;
  return Math.min(Math.max(index + delta, 0), count - 1);
}
