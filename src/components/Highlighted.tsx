import { highlightMatches } from '../domain/highlightMatches';

/** Text with the search words marked; always plain text, never HTML. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightMatches(text, query).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
