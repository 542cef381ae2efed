interface PlayStoryButtonProps {
  disabled: boolean;
  onPlay: () => void;
  /** Fetch the story code as the reader reaches for the button, so it opens without a wait. */
  onPreload: () => void;
}

export function PlayStoryButton({ disabled, onPlay, onPreload }: PlayStoryButtonProps) {
  return (
    <button
      type="button"
      className="play-story"
      onClick={onPlay}
      onPointerEnter={onPreload}
      onFocus={onPreload}
      disabled={disabled}
    >
      <span aria-hidden="true">▶ </span>Play story
    </button>
  );
}
