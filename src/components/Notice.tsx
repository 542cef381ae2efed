interface NoticeProps {
  title: string;
  items: string[];
  onDismiss: () => void;
}

/** A polite note on what a link asked for that couldn't be used; the rest of the link applies. */
export function Notice({ title, items, onDismiss }: NoticeProps) {
  if (items.length === 0) return null;
  return (
    <div className="notice" role="note" aria-live="polite">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
