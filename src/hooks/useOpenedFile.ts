import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Dataset, DatasetError } from '../domain/types';
import type { ParseResult } from '../domain/parseDataset';
import type { LoadProgress } from '../io/limits';

/**
 * A story the reader opened from their own computer: read in the browser (a big one in the
 * dataset worker, with progress), never sent anywhere.
 */
export type OpenedFile =
  | { status: 'reading'; name: string; progress?: LoadProgress }
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

  /** The load in flight: a new file or `close` (Cancel, back to the bundled story) aborts it. */
  const loading = useRef<AbortController | null>(null);
  useEffect(() => () => loading.current?.abort(), []);

  const open = useCallback(async (chosen: File) => {
    loading.current?.abort();
    const controller = new AbortController();
    loading.current = controller;
    before.current();
    const name = chosen.name;
    setFile({ status: 'reading', name });
    let result: ParseResult;
    try {
      const { loadDataset } = await import('../io/loadDataset');
      result = await loadDataset(chosen, {
        name,
        signal: controller.signal,
        onProgress: (progress) => setFile({ status: 'reading', name, progress }),
      });
    } catch {
      return; // aborted: whoever aborted has moved on
    }
    if (controller.signal.aborted) return;
    setFile(
      result.ok
        ? { status: 'ready', name, dataset: result.dataset, serial: ++serial }
        : { status: 'error', name, errors: result.errors },
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

  const close = () => {
    loading.current?.abort();
    setFile(null);
  };
  return { file, dragging, open, close };
}
