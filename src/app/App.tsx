import { useDataset } from '../hooks/useDataset';
import { useLinkState } from '../hooks/useLinkState';
import { DatasetErrorPanel } from '../components/DatasetErrorPanel';
import { TimelinePage } from './TimelinePage';

/** Composition root: the link picks the dataset; the dataset and the link make the page. */
export function App() {
  const links = useLinkState();
  const data = useDataset(links.data);

  if (data.status === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        <p role="status">Loading the dataset…</p>
      </main>
    );
  }
  if (data.status === 'error') {
    return (
      <main>
        <DatasetErrorPanel
          url={data.url}
          errors={data.errors}
          onUseBundled={() => {
            links.write({ people: [], q: '' }, 'replace');
            links.setData(undefined);
          }}
        />
      </main>
    );
  }
  return <TimelinePage key={data.url ?? 'bundled'} dataset={data.dataset} links={links} />;
}
