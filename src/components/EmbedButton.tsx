import { lazy, Suspense, useState } from 'react';
import type { LinkState } from '../url/linkState';

// Only publishers need the dialog: it loads on demand, outside the first-load budget (CONTRACT §10).
const loadDialog = () => import('./EmbedDialog');
const EmbedDialog = lazy(() => loadDialog().then((m) => ({ default: m.EmbedDialog })));

interface EmbedButtonProps {
  /** What is on screen, as a link: the frame's code shows the same. */
  link: LinkState;
  title: string;
}

/** `Embed` on the standalone page: opens the dialog with the `<iframe>` code. */
export function EmbedButton({ link, title }: EmbedButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        // Start fetching the chunk as the pointer or focus arrives, so the click feels instant.
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        Embed
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog link={link} title={title} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
