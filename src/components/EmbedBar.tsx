import './embed.css';

interface EmbedBarProps {
  title: string;
  /** The standalone page with the same state (embedCode's `standaloneUrl`). */
  fullUrl: string;
}

/**
 * The embedded app's only furniture (CONTRACT §8): the title, and a way out to the full page with
 * the same filters, window and event. It opens a new tab so the reader keeps the article.
 */
export function EmbedBar({ title, fullUrl }: EmbedBarProps) {
  return (
    <header className="embed-bar">
      <h1>{title}</h1>
      <a href={fullUrl} target="_blank" rel="noopener">
        Open full timeline<span className="sr-only"> (opens in a new tab)</span>
      </a>
    </header>
  );
}
