import { mediaKind } from '../domain/mediaKind';
import { isHttpOrRelativeUrl } from '../domain/richText';
import type { Media } from '../domain/types';

/**
 * An event's media, for its dialog (CONTRACT §7): an image with its alt text, audio and video
 * in native players, anything else a link that opens in a new tab. Mounted only with the dialog,
 * so nothing loads before a reader opens the event; nothing is framed or scripted.
 */
export function EventMedia({ media }: { media: Media }) {
  // The schema already refuses other schemes; this is the last check before the browser loads it.
  if (!isHttpOrRelativeUrl(media.url)) return null;
  const kind = mediaKind(media.url);
  const caption = media.caption || media.credit ? <MediaCaption media={media} /> : null;
  if (kind === 'link') {
    return (
      <p className="event-media-link">
        <a href={media.url} target="_blank" rel="noreferrer noopener">
          {media.caption ?? `Open on ${hostOf(media.url)}`}
        </a>
        {media.credit && <span className="event-media-credit"> ({media.credit})</span>}
      </p>
    );
  }
  return (
    <figure className="event-media">
      {kind === 'image' && (
        <img
          src={media.url}
          alt={media.alt ?? media.caption ?? ''}
          loading="lazy"
          decoding="async"
        />
      )}
      {kind === 'audio' && (
        <audio
          src={media.url}
          controls
          preload="none"
          aria-label={media.alt ?? media.caption ?? 'Audio'}
        />
      )}
      {kind === 'video' && (
        <video
          src={media.url}
          controls
          preload="none"
          aria-label={media.alt ?? media.caption ?? 'Video'}
        />
      )}
      {caption}
    </figure>
  );
}

function MediaCaption({ media }: { media: Media }) {
  return (
    <figcaption>
      {media.caption}
      {media.credit && <span className="event-media-credit"> {media.credit}</span>}
    </figcaption>
  );
}

function hostOf(url: string): string {
  const host = /^https?:\/\/([^/?#]+)/i.exec(url)?.[1];
  return host ? host.replace(/^www\./i, '') : 'the source';
}
