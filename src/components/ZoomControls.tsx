interface ZoomControlsProps {
  canZoomIn: boolean;
  canZoomOut: boolean;
  isReset: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}

export function ZoomControls(props: ZoomControlsProps) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        onClick={props.onZoomIn}
        disabled={!props.canZoomIn}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        onClick={props.onZoomOut}
        disabled={!props.canZoomOut}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={props.onReset} disabled={props.isReset} className="reset">
        Reset view
      </button>
    </div>
  );
}
