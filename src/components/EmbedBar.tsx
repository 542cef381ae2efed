import './embed.css';

interface EmbedBarProps {
  title: string;
  /** The standalone page with the same state (`standaloneUrl`), made when the reader reaches for it. */
  fullUrl: () => string;
}

/**
 * The embedded app's only furniture (CONTRACT §8): the title, and a way out to the full page with
 * the same filters, window and event. It opens a new tab so the reader keeps the article.
 */
export function EmbedBar({ title, fullUrl }: EmbedBarProps) {
  return (
    <header className="embed-bar">
      <h1>{title}</h1>
      {/* The window moves without re-rendering this bar: refresh the address as the pointer or
          focus arrives, and on the click itself, so the tab opens on what the reader sees. */}
      <a
        href={fullUrl()}
        target="_blank"
        rel="noopener"
        onPointerEnter={(e) => (e.currentTarget.href = fullUrl())}
        onFocus={(e) => (e.currentTarget.href = fullUrl())}
        onClick={(e) => (e.currentTarget.href = fullUrl())}
      >
        Open full timeline<span className="sr-only"> (opens in a new tab)</span>
      </a>
    </header>
  );
}
