import { progressText, type LoadProgress } from '../io/limits';
import './LoadingProgress.css';

interface LoadingProgressProps {
  progress: LoadProgress;
  onCancel: () => void;
}

/**
 * A big dataset on its way (CONTRACT §10): the bytes read, of how many when the server said,
 * and Cancel, back to the bundled story. The value is in bytes; the text says it in MB.
 */
export function LoadingProgress({ progress, onCancel }: LoadingProgressProps) {
  const { read, total, stage } = progress;
  // A total the reading overtook was wrong (a compressed length): show what is known.
  const max = total !== null && read <= total ? total : null;
  const text = progressText({ read, total: max });
  return (
    <div className="loading-progress">
      <div
        className="loading-progress-bar"
        role="progressbar"
        aria-label="Loading dataset"
        aria-valuemin={0}
        aria-valuenow={read}
        aria-valuemax={max ?? undefined}
        aria-valuetext={text}
        data-known={max !== null}
      >
        <div
          className="loading-progress-fill"
          style={{ inlineSize: max ? `${(100 * read) / max}%` : undefined }}
        />
      </div>
      <p className="loading-progress-text" aria-hidden="true">
        {text}
        {stage === 'checking' && ' · checking'}
      </p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
