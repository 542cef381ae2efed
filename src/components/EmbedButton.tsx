import { lazy, Suspense, useState } from 'react';
import type { LinkState } from '../url/linkState';

// Only publishers need the dialog: it loads on demand, outside the first-load budget (CONTRACT §10).
const loadDialog = () => import('./EmbedDialog');
const EmbedDialog = lazy(() => loadDialog().then((m) => ({ default: m.EmbedDialog })));

interface EmbedButtonProps {
  /** What is on screen, as a link, read when the dialog opens: the frame's code shows the same. */
  link: () => LinkState;
  title: string;
}

/** `Embed` on the standalone page: opens the dialog with the `<iframe>` code. */
export function EmbedButton({ link, title }: EmbedButtonProps) {
  const [shown, setShown] = useState<LinkState | null>(null);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setShown(link())}
        // Start fetching the chunk as the pointer or focus arrives, so the click feels instant.
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        Embed
      </button>
      {shown && (
        <Suspense fallback={null}>
          <EmbedDialog link={shown} title={title} onClose={() => setShown(null)} />
        </Suspense>
      )}
    </>
  );
}
