/*
 * embed.js: the host page's side of an embedded timeline (CONTRACT §8). Plain ES2018, no
 * dependencies, no build step. For every <iframe data-timeline> on the page it:
 * - sizes the frame to its content (the app reports its height);
 * - mirrors the frame's open event into this page's fragment as #timeline=<id> (or #<name>=<id>
 *   for data-timeline="name"): opening pushes a history entry, so Back closes the event;
 * - opens the event the fragment names, on load and on Back/Forward;
 * - tells the frame this page's address, so `Copy link` inside it hands out this page.
 * The messages (version 1) are written down in the app's ARCHITECTURE.md, "Embedding". Each one
 * must come from a frame this script manages, from that frame's origin, and have exactly one of
 * the known shapes; anything else is ignored.
 */
(function () {
  'use strict';
  if (window.__timelineEmbed) return; // Two snippets on one page: one script is enough.
  window.__timelineEmbed = true;

  var V = 1;
  var ID = /^[a-z0-9-]{1,100}$/;
  var KEY = /^[A-Za-z0-9_-]{1,40}$/;
  var MAX_HEIGHT = 100000;
  /** Marks the history entries this script pushed, so closing can pop them (like the app). */
  var PUSHED = 'timeline:embed';

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-timeline]'));
  }
  function keyOf(frame) {
    var key = frame.getAttribute('data-timeline');
    return key && KEY.test(key) ? key : 'timeline';
  }
  function originOf(frame) {
    var link = document.createElement('a'); // Resolves like the frame does, and never throws.
    link.href = frame.src;
    return link.origin;
  }

  /** The fragment's key=value pairs; a plain anchor (#comments) holds none. */
  function fragment() {
    var text = location.hash.slice(1);
    return new URLSearchParams(text.indexOf('=') < 0 ? '' : text);
  }
  function eventIn(key) {
    var id = fragment().get(key);
    return id && ID.test(id) ? id : null;
  }
  function addressWith(key, id) {
    var params = fragment();
    if (id) params.set(key, id);
    else params.delete(key);
    var hash = params.toString();
    return location.pathname + location.search + (hash ? '#' + hash : '');
  }

  function send(frame, message) {
    var origin = originOf(frame);
    message.v = V;
    if (origin !== 'null' && frame.contentWindow) frame.contentWindow.postMessage(message, origin);
  }
  function hello(frame) {
    var key = keyOf(frame);
    var message = { type: 'timeline:hello', url: location.href.split('#')[0], key: key };
    var id = eventIn(key);
    if (id) message.event = id;
    send(frame, message);
  }
  /** The fragment changed (Back, Forward, a link on this page): tell every frame. */
  function follow() {
    frames().forEach(function (frame) {
      var id = eventIn(keyOf(frame));
      send(frame, id ? { type: 'timeline:open', event: id } : { type: 'timeline:close' });
    });
  }

  function mirror(frame, id) {
    var key = keyOf(frame);
    var current = eventIn(key);
    if (current === id) return;
    var state = history.state;
    if (id && current) {
      history.replaceState(state, '', addressWith(key, id)); // Stepping to the next event.
    } else if (id) {
      var mark = {};
      mark[PUSHED] = key;
      history.pushState(mark, '', addressWith(key, id));
    } else if (state && state[PUSHED] === key) {
      history.back(); // Closing pops what opening pushed, so Forward can reopen it.
    } else {
      history.replaceState(state, '', addressWith(key, null)); // Opened by a shared address.
    }
  }

  function frameFor(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) if (list[i].contentWindow === source) return list[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var frame = frameFor(event.source);
    if (!frame || event.origin !== originOf(frame)) return;
    var m = event.data;
    if (!m || typeof m !== 'object' || m.v !== V) return;
    if (m.type === 'timeline:ready') hello(frame);
    else if (m.type === 'timeline:height') {
      var h = m.height;
      if (typeof h === 'number' && isFinite(h) && h >= 0 && h <= MAX_HEIGHT)
        frame.style.height = Math.ceil(h) + 'px';
    } else if (m.type === 'timeline:opened') {
      if (typeof m.event === 'string' && ID.test(m.event)) mirror(frame, m.event);
    } else if (m.type === 'timeline:closed') mirror(frame, null);
  });
  window.addEventListener('popstate', follow);
  window.addEventListener('hashchange', follow);
  // Frames that loaded before this script said `ready` to nobody: greet them now. Frames still
  // loading will say `ready` themselves.
  frames().forEach(hello);
})();
