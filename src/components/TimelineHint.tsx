/** The short version of the keyboard and pointer scheme, always visible under the controls. */
export function TimelineHint() {
  return (
    <p className="timeline-hint" id="timeline-hint">
      Scroll or pinch to zoom, drag to pan. Keys: <kbd>+</kbd> <kbd>−</kbd> zoom, <kbd>←</kbd>{' '}
      <kbd>→</kbd> pan, or step between events when one has focus; <kbd>Enter</kbd> opens it
      {/* Hidden in a frame (embed.css), where `?` opens nothing. */}
      <span className="hint-shortcuts">
        ; <kbd>?</kbd> lists all keys
      </span>
      .
    </p>
  );
}
