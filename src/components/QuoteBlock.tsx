import { formatPartialDate } from '../domain/formatDate';
import { parsePartialDate } from '../domain/partialDate';
import type { Dataset, Quote, Source } from '../domain/types';
import { webUrl } from '../domain/webUrl';

/** One quote: the words, who said them, when and where, and the source it is cited from. */
export function QuoteBlock({ quote, dataset }: { quote: Quote; dataset: Dataset }) {
  const speaker = dataset.peopleById.get(quote.speaker)?.name ?? quote.speaker;
  const source = dataset.sourcesById.get(quote.source);
  const said = quote.said ? parsePartialDate(quote.said) : null;
  return (
    <blockquote className="quote" cite={webUrl(source?.url)}>
      <p>“{quote.text}”</p>
      <footer>
        — <span className="speaker">{speaker}</span>
        {said && <>, said in {formatPartialDate(said)}</>}
        {quote.context && <span className="context">, {quote.context}</span>}
        {source && (
          <span className="source">
            . Source: <SourceName source={source} />
          </span>
        )}
      </footer>
    </blockquote>
  );
}

export function SourceName({ source }: { source: Source }) {
  const text = source.publisher ? `${source.title} (${source.publisher})` : source.title;
  const href = webUrl(source.url);
  return href ? (
    <a href={href} rel="noreferrer noopener" target="_blank">
      {text}
    </a>
  ) : (
    <cite>{text}</cite>
  );
}
