import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { frameMessage, type OutgoingFrameMessage } from '../embed/frameMessage';
import type { HostMessage, parseHostMessage } from '../embed/protocol';

export interface EmbedBridgeOptions {
  /** `?embed=1`: only then does the app talk to its parent at all. */
  enabled: boolean;
  /** The event open in the app, reported to the host so it can mirror it in its fragment. */
  openEventId: string | undefined;
  /** The host asks to open an event (its fragment on load, or Back/Forward on the host page). */
  onOpenEvent: (id: string) => void;
  /** The host asks to close the open event. */
  onCloseEvent: () => void;
}

/** The host page running embed.js, once it has said hello. */
export interface EmbedHost {
  /** The host page's address, without its fragment: what `Copy link` hands out. */
  url: string;
  /** The host's fragment key for this frame: `#<key>=<event-id>`. */
  key: string;
}

/**
 * The frame's side of embed.js (CONTRACT §8; the protocol is in ARCHITECTURE.md, "Embedding").
 * Says `ready` to its parent, and once the host page answers `hello`, reports the page's height
 * and the open event, and obeys `open` and `close`. Returns the host once connected; without
 * embed.js it never connects and the app works alone.
 *
 * Every message is checked like a stranger's (STYLE habit 16): it must come from our own parent
 * window, from the parent's origin, and have exactly one of the protocol's shapes.
 */
export function useEmbedBridge(options: EmbedBridgeOptions): { host: EmbedHost | undefined } {
  const framed = options.enabled && isFramed();
  const [host, setHost] = useState<EmbedHost | undefined>(undefined);
  // The latest options for the listener, which is attached once.
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  /** The host page's origin, once known: messages go only there. */
  const hostOrigin = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!framed) return;
    let parse: typeof parseHostMessage | undefined;
    const onMessage = (event: MessageEvent) => {
      const message = parse && acceptFromHost(event, hostOrigin.current, parse);
      if (message) obey(message, event.origin);
    };
    // The protocol's schema is for pages in a frame only: fetched on demand, and `ready` goes
    // out once it is here, so the host's answer always finds someone listening.
    let live = true;
    void import('../embed/protocol').then((protocol) => {
      if (!live) return;
      parse = protocol.parseHostMessage;
      window.addEventListener('message', onMessage);
      // `ready` carries nothing, so it may go to whoever the parent is before we know its origin.
      post(frameMessage.ready(), parentOrigin() ?? '*');
    });
    return () => {
      live = false;
      window.removeEventListener('message', onMessage);
    };

    function obey(message: HostMessage, origin: string) {
      const { openEventId, onOpenEvent, onCloseEvent } = latest.current;
      if (message.type === 'timeline:hello') {
        // A host may only hand out its own address, never someone else's.
        if (new URL(message.url).origin !== origin) return;
        hostOrigin.current = origin;
        setHost((prev) =>
          prev?.url === message.url && prev.key === message.key
            ? prev
            : { url: message.url, key: message.key },
        );
        if (message.event && message.event !== openEventId) onOpenEvent(message.event);
        return;
      }
      if (hostOrigin.current === undefined) return; // No orders before introductions.
      if (message.type === 'timeline:open' && message.event !== openEventId)
        onOpenEvent(message.event);
      if (message.type === 'timeline:close' && openEventId !== undefined) onCloseEvent();
    }
  }, [framed]);

  // The page's height, whenever it changes: the host sizes the frame to it, so the frame never
  // scrolls inside the article. <html> is as tall as its content (its height is auto), unlike
  // scrollHeight, which never drops below the frame's own height and so could only grow.
  const connected = host !== undefined;
  useEffect(() => {
    if (!connected) return;
    const root = document.documentElement;
    let last = -1;
    const report = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      postToHost(hostOrigin.current, frameMessage.height(height));
    };
    report();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(report);
    observer.observe(root);
    return () => observer.disconnect();
  }, [connected]);

  // The open event, as it changes, so the host mirrors it in its fragment. Not on connecting:
  // the host's fragment, if any, was sent in hello, and an event in the frame's own src is
  // already in the host page's markup.
  const reported = useRef(options.openEventId);
  useEffect(() => {
    const id = options.openEventId;
    if (!connected || reported.current === id) return;
    reported.current = id;
    postToHost(hostOrigin.current, id ? frameMessage.opened(id) : frameMessage.closed());
  }, [connected, options.openEventId]);

  return { host };
}

/**
 * The message, if it comes from our own parent window, from the parent's origin, and has one of
 * the protocol's shapes. Chromium and Safari name the parent's origin; elsewhere the referrer
 * does, unless the host's referrer policy hides it: then the first hello pins it (`pinned`).
 */
function acceptFromHost(
  event: MessageEvent,
  pinned: string | undefined,
  parse: typeof parseHostMessage,
): HostMessage | undefined {
  if (event.source !== window.parent) return undefined;
  const expected = pinned ?? parentOrigin();
  if (expected !== undefined && event.origin !== expected) return undefined;
  return parse(event.data);
}

function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

function parentOrigin(): string | undefined {
  const ancestor = window.location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    return document.referrer ? new URL(document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

function postToHost(origin: string | undefined, message: OutgoingFrameMessage) {
  if (origin !== undefined) post(message, origin);
}

function post(message: OutgoingFrameMessage, targetOrigin: string) {
  window.parent.postMessage(message, targetOrigin);
}
