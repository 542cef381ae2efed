/**
 * The messages between the embedded app (the frame) and public/embed.js (the host page), version
 * 1. Written down in ARCHITECTURE.md ("Embedding"); embed.js checks the same shapes by hand, since
 * it has no dependencies. Frames talk like strangers (STYLE habit 16): every message names a type
 * and a version, and anything that isn't exactly one of these shapes is dropped.
 */
import * as v from 'valibot';
import { MAX_HEIGHT, PROTOCOL_VERSION } from './frameMessage';

/** An event id as links carry it (CONTRACT §2), and no longer than the link parser allows. */
const EVENT_ID = /^[a-z0-9-]{1,100}$/;
/** The host's fragment key, from `data-timeline="name"`: short and safe in a fragment. */
const KEY = /^[A-Za-z0-9_-]{1,40}$/;

const version = v.literal(PROTOCOL_VERSION);
const eventId = v.pipe(v.string(), v.regex(EVENT_ID));
const hostUrl = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.check((url) => /^https?:$/.test(safeUrl(url)?.protocol ?? '')),
);

const HostMessageSchema = v.variant('type', [
  /** The host introduces itself: its address (for Copy link), the fragment key, and the event
   * its fragment names, if any. */
  v.object({
    type: v.literal('timeline:hello'),
    v: version,
    url: hostUrl,
    key: v.pipe(v.string(), v.regex(KEY)),
    event: v.optional(eventId),
  }),
  v.object({ type: v.literal('timeline:open'), v: version, event: eventId }),
  v.object({ type: v.literal('timeline:close'), v: version }),
]);

const FrameMessageSchema = v.variant('type', [
  v.object({ type: v.literal('timeline:ready'), v: version }),
  v.object({
    type: v.literal('timeline:height'),
    v: version,
    height: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_HEIGHT)),
  }),
  v.object({ type: v.literal('timeline:opened'), v: version, event: eventId }),
  v.object({ type: v.literal('timeline:closed'), v: version }),
]);

/** What the host page may say to the frame. */
export type HostMessage = v.InferOutput<typeof HostMessageSchema>;
/** What the frame may say to the host page. */
export type FrameMessage = v.InferOutput<typeof FrameMessageSchema>;

/** A message from the host, or undefined for anything else. Never throws. */
export function parseHostMessage(data: unknown): HostMessage | undefined {
  return parse(HostMessageSchema, data);
}

/** A message from a frame, or undefined for anything else. Never throws. */
export function parseFrameMessage(data: unknown): FrameMessage | undefined {
  return parse(FrameMessageSchema, data);
}

function parse<S extends v.GenericSchema>(schema: S, data: unknown) {
  try {
    const result = v.safeParse(schema, data);
    return result.success ? (result.output as v.InferOutput<S>) : undefined;
  } catch {
    // A structured clone can't carry getters or proxies, but a same-window caller could: drop it.
    return undefined;
  }
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
