import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Dataset, DatasetError } from '../domain/types';
import { readStory } from '../io/readStory';

/** A story the reader opened from their own computer: read here, never sent anywhere. */
export type OpenedFile =
  | { status: 'reading'; name: string }
  | { status: 'ready'; name: string; dataset: Dataset; serial: number }
  | { status: 'error'; name: string; errors: DatasetError[] };

let serial = 0;

/**
 * The file opener's state, and drag-and-drop onto the page: a file dropped anywhere opens like
 * one chosen with `Open a file`. `dragging` says a file is over the page, for the drop hint.
 */
export function useOpenedFile(beforeOpen: () => void) {
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [dragging, setDragging] = useState(false);

  const before = useRef(beforeOpen);
  useLayoutEffect(() => {
    before.current = beforeOpen;
  });

  const open = useCallback(async (chosen: File) => {
    before.current();
    setFile({ status: 'reading', name: chosen.name });
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      setFile({
        status: 'error',
        name: chosen.name,
        errors: [{ path: '', message: 'could not be read' }],
      });
      return;
    }
    const result = await readStory(text, chosen.name);
    setFile(
      result.ok
        ? { status: 'ready', name: chosen.name, dataset: result.dataset, serial: ++serial }
        : { status: 'error', name: chosen.name, errors: result.errors },
    );
  }, []);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      // Leaving one element for another inside the page fires too: only the page's edge counts.
      if (e.relatedTarget === null) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const dropped = e.dataTransfer?.files[0];
      if (dropped) void open(dropped);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [open]);

  return { file, dragging, open, close: () => setFile(null) };
}
