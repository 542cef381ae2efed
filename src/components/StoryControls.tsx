interface StoryControlsProps {
  title: string;
  position: number;
  total: number;
  playing: boolean;
  /** Under reduced motion the tour never moves on by itself, so there is nothing to pause. */
  canAutoplay: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  onToggle: () => void;
  onStep: (delta: 1 | -1) => void;
  onExit: () => void;
}

/**
 * The tour's controls, Pause first so it is the first stop for Tab. Previous and Next are
 * aria-disabled at the ends rather than disabled, so focus never drops to the page when the
 * tour reaches the last stop under a reader's Next button.
 */
export function StoryControls(props: StoryControlsProps) {
  const step = (delta: 1 | -1, can: boolean) => () => can && props.onStep(delta);
  return (
    <div className="story-controls" role="group" aria-label="Story">
      {props.canAutoplay ? (
        <button type="button" className="story-toggle" onClick={props.onToggle}>
          {props.playing ? 'Pause' : 'Play'}
        </button>
      ) : (
        <p className="story-note">Moves on only when you step (reduced motion).</p>
      )}
      <button
        type="button"
        onClick={step(-1, props.hasPrevious)}
        aria-disabled={!props.hasPrevious}
        aria-keyshortcuts="ArrowLeft"
      >
        <span aria-hidden="true">← </span>Previous
      </button>
      <button
        type="button"
        onClick={step(1, props.hasNext)}
        aria-disabled={!props.hasNext}
        aria-keyshortcuts="ArrowRight"
      >
        Next<span aria-hidden="true"> →</span>
      </button>
      <p className="story-progress" aria-live="polite">
        {props.position} of {props.total}
        <span className="sr-only">: {props.title}</span>
      </p>
      <button
        type="button"
        className="story-exit"
        onClick={props.onExit}
        aria-keyshortcuts="Escape"
      >
        Exit story
      </button>
    </div>
  );
}
