import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the reader is busy with the story dialog: the pointer rests on it, or they have
 * selected text in it. Focus is left out on purpose: the tour moves focus into the dialog
 * itself, and a keyboard reader pauses with Space or the Pause button.
 */
export function useStoryHold(ref: RefObject<HTMLElement | null>) {
  const [pointer, setPointer] = useState(false);
  const [selecting, setSelecting] = useState(false);
  useEffect(() => {
    const onSelection = () => {
      const selection = document.getSelection();
      const node = selection?.anchorNode;
      setSelecting(
        Boolean(selection && !selection.isCollapsed && node && ref.current?.contains(node)),
      );
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [ref]);
  return {
    held: pointer || selecting,
    onPointerEnter: () => setPointer(true),
    onPointerLeave: () => setPointer(false),
  };
}
