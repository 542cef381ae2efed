import { useDataset } from '../hooks/useDataset';
import { EMPTY_LINK_STATE } from '../url/linkState';
import { useLinkState } from '../hooks/useLinkState';
import { useOpenedFile } from '../hooks/useOpenedFile';
import { DatasetErrorPanel } from '../components/DatasetErrorPanel';
import { TimelinePage } from './TimelinePage';

/**
 * Composition root: a file the reader opened, else the link's dataset (?data=), else the bundled
 * story; the dataset and the link make the page.
 */
export function App() {
  const links = useLinkState();
  const data = useDataset(links.data);
  /** Start afresh: the link's filters, window and event belonged to the story being left. */
  const clearLink = () => {
    links.write(EMPTY_LINK_STATE, 'replace');
    links.setData(undefined);
  };
  const opened = useOpenedFile(clearLink);
  const toBundled = () => {
    clearLink();
    opened.close();
  };
  const dropHint = opened.dragging && (
    <p className="drop-hint" aria-hidden="true">
      Drop the file to open it
    </p>
  );

  const file = opened.file;
  if (file?.status === 'reading' || (!file && data.status === 'loading')) {
    return (
      <main className="loading" aria-busy="true">
        <p role="status">Loading {file ? file.name : 'the dataset'}…</p>
      </main>
    );
  }
  const failure =
    file?.status === 'error'
      ? { source: file.name, errors: file.errors }
      : !file && data.status === 'error'
        ? { source: data.url, errors: data.errors }
        : null;
  if (failure) {
    return (
      <main>
        {dropHint}
        <DatasetErrorPanel url={failure.source} errors={failure.errors} onUseBundled={toBundled} />
      </main>
    );
  }
  const shown = file?.status === 'ready' ? file : data.status === 'ready' ? data : null;
  if (!shown) return null;
  return (
    <>
      {dropHint}
      <TimelinePage
        key={file?.status === 'ready' ? `file-${file.serial}` : (links.data ?? 'bundled')}
        dataset={shown.dataset}
        links={links}
        fileName={file?.name}
        onOpenFile={(chosen) => void opened.open(chosen)}
        onCloseFile={toBundled}
      />
    </>
  );
}
