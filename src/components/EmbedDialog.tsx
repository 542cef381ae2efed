import { useEffect, useId, useRef, useState } from 'react';
import { buildEmbedCode, EMBED_HEIGHTS, type EmbedHeight } from '../embed/embedCode';
import type { LinkState } from '../url/linkState';
import './EmbedDialog.css';

interface EmbedDialogProps {
  /** What is on screen: filters, window and open event. */
  link: LinkState;
  title: string;
  onClose: () => void;
}

/**
 * The `<iframe>` code for what is on screen, with a choice of height, ready to copy (CONTRACT §8).
 * A native modal <dialog>: it traps focus, closes on Escape and gives focus back to `Embed`.
 * Loaded on demand by EmbedButton.
 */
export function EmbedDialog({ link, title, onClose }: EmbedDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const [height, setHeight] = useState<EmbedHeight>(700);
  const code = buildEmbedCode({ appUrl: window.location.href, link, title, height });
  // A note about the code as it was when copied: a new height makes it stale.
  const [copied, setCopied] = useState<{ code: string; note: string } | undefined>(undefined);
  const status = copied?.code === code ? copied.note : '';

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied({ code, note: 'Code copied' });
    } catch {
      // No Clipboard API (or no permission): select the code so the reader can copy it by hand.
      codeRef.current?.select();
      setCopied({ code, note: 'Press Ctrl+C (⌘C) to copy the selected code' });
    }
  };

  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <h2 id={`${ids}-title`}>Embed this timeline</h2>
      <p>
        Paste this code into your page. The frame opens at what is on screen now: the same filters,
        window and open event. With the script beside it, the frame grows to fit, and an event
        opened in it goes into your page&apos;s address, so readers can share it.
      </p>
      <fieldset>
        <legend>Height</legend>
        {EMBED_HEIGHTS.map((h) => (
          <label key={h}>
            <input
              type="radio"
              name={`${ids}-height`}
              value={h}
              checked={height === h}
              onChange={() => setHeight(h)}
            />{' '}
            {h} px
          </label>
        ))}
        <p className="embed-hint">Where the script can&apos;t run, the frame keeps this height.</p>
      </fieldset>
      <label htmlFor={`${ids}-code`}>Embed code</label>
      <textarea
        id={`${ids}-code`}
        ref={codeRef}
        readOnly
        rows={6}
        value={code}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="dialog-actions">
        <button type="button" onClick={copy}>
          Copy code
        </button>
        <span className="copy-status" aria-live="polite">
          {status}
        </span>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
