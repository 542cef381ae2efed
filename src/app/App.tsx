import { useEffect, useRef } from 'react';
import { useDataset } from '../hooks/useDataset';
import { useLinkState, type PageLocation } from '../hooks/useLinkState';
import { EMPTY_LINK_STATE } from '../url/linkState';
import { useOpenedFile } from '../hooks/useOpenedFile';
import { DatasetErrorPanel } from '../components/DatasetErrorPanel';
import { LoadingProgress } from '../components/LoadingProgress';
import { showsProgress } from '../io/limits';
import { TimelinePage } from './TimelinePage';

/**
 * Composition root: a file the reader opened, else the link's dataset (?data=), else the bundled
 * story; the dataset and the link make the page. `prerendered` is where the page stands when it
 * is rendered at build time (src/build/prerenderApp.tsx); in the browser the address bar says.
 */
export function App({ prerendered }: { prerendered?: PageLocation }) {
  const links = useLinkState(prerendered);
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
  /** Cancel a load: back to the bundled story, with focus on its timeline rather than lost. */
  const focusTimelineNext = useRef(false);
  const cancel = () => {
    toBundled();
    focusTimelineNext.current = true;
  };
  useEffect(() => {
    if (!focusTimelineNext.current) return;
    const region = document.querySelector<HTMLElement>('[aria-label="Timeline"]');
    if (!region) return;
    focusTimelineNext.current = false;
    region.focus();
  });
  const dropHint = opened.dragging && (
    <p className="drop-hint" aria-hidden="true">
      Drop the file to open it
    </p>
  );

  const file = opened.file;
  const loading =
    file?.status === 'reading'
      ? { name: file.name, progress: file.progress }
      : !file && data.status === 'loading'
        ? { name: 'the dataset', progress: data.progress }
        : null;
  if (loading) {
    const { progress } = loading;
    const big = showsProgress(progress);
    return (
      // Busy hides changes from assistive technology: not while there is a bar and a button.
      <main className="loading" aria-busy={big ? undefined : 'true'}>
        <p role="status">Loading {loading.name}…</p>
        {big && <LoadingProgress progress={progress} onCancel={cancel} />}
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
