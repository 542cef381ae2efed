import { useEffect, useRef } from 'react';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

const SHORTCUTS: [string, string][] = [
  ['+ / −', 'Zoom in / out (timeline or an event focused)'],
  ['← / →', 'Pan the timeline; with an event focused, go to the previous / next event'],
  ['Home / End', 'First / last event (an event focused)'],
  ['Enter or Space', 'Open the focused event'],
  ['Escape', 'Close the open event or this dialog'],
  ['?', 'Show these shortcuts'],
  ['Wheel, pinch', 'Zoom at the pointer'],
  ['Drag, horizontal scroll', 'Pan'],
  ['Double-click', 'Zoom in (Shift: zoom out)'],
];

/** Every shortcut in one modal list; the native <dialog> traps focus and closes on Escape. */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
