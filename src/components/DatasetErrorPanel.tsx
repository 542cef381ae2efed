import type { DatasetError } from '../domain/types';

interface DatasetErrorPanelProps {
  url: string;
  errors: DatasetError[];
  onUseBundled: () => void;
}

/** A dataset from ?data= that can't be used: say exactly why, and offer the way back. */
export function DatasetErrorPanel({ url, errors, onUseBundled }: DatasetErrorPanelProps) {
  const shown = errors.slice(0, 50);
  return (
    <section className="error-panel" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">This dataset could not be loaded</h2>
      <p>
        <code>{url}</code>
      </p>
      <ul>
        {shown.map((error, i) => (
          <li key={i}>
            {error.path && (
              <>
                <code>{error.path}</code>:{' '}
              </>
            )}
            {error.message}
          </li>
        ))}
      </ul>
      {errors.length > shown.length && <p>…and {errors.length - shown.length} more problems.</p>}
      <button type="button" onClick={onUseBundled}>
        Load the bundled dataset
      </button>
    </section>
  );
}
