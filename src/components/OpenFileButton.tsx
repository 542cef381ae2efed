import { useRef } from 'react';

/** `Open a file`: a story from the reader's computer, in any format we read. */
export function OpenFileButton({ onOpen }: { onOpen: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open a file
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,.csv,application/json,text/csv,text/plain"
        onChange={(e) => {
          const chosen = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (chosen) onOpen(chosen);
        }}
      />
    </>
  );
}
