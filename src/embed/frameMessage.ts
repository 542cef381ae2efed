/**
 * The messages the frame sends (ARCHITECTURE.md, "Embedding"), so callers never spell one by
 * hand. protocol.ts checks the same shapes on the way in.
 */
export const PROTOCOL_VERSION = 1;

/** iframe-resizer caps heights too: a frame may not grow its host without bound. */
export const MAX_HEIGHT = 100_000;

export type OutgoingFrameMessage =
  | { type: 'timeline:ready'; v: 1 }
  | { type: 'timeline:height'; v: 1; height: number }
  | { type: 'timeline:opened'; v: 1; event: string }
  | { type: 'timeline:closed'; v: 1 };

export const frameMessage = {
  ready: (): OutgoingFrameMessage => ({ type: 'timeline:ready', v: PROTOCOL_VERSION }),
  height: (height: number): OutgoingFrameMessage => ({
    type: 'timeline:height',
    v: PROTOCOL_VERSION,
    height: Math.min(Math.max(Math.ceil(height), 0), MAX_HEIGHT),
  }),
  opened: (event: string): OutgoingFrameMessage => ({
    type: 'timeline:opened',
    v: PROTOCOL_VERSION,
    event,
  }),
  closed: (): OutgoingFrameMessage => ({ type: 'timeline:closed', v: PROTOCOL_VERSION }),
};
