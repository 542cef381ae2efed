import { useEffect, useState } from 'react';
import type { View } from '../layout/viewport';
import { describeView } from '../layout/describeView';

/** Says the visible range to screen readers, politely and only once a gesture settles. */
export function RangeAnnouncer({ view }: { view: View }) {
  const text = describeView(view);
  const [spoken, setSpoken] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSpoken(text), 800);
    return () => window.clearTimeout(timer);
  }, [text]);
  return (
    <p className="sr-only" aria-live="polite">
      {spoken}
    </p>
  );
}
