/** How a media URL is shown (CONTRACT §7): inline image, native player, or a plain link. */
export type MediaKind = 'image' | 'audio' | 'video' | 'link';

const BY_EXTENSION: Record<string, MediaKind> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  gif: 'image',
  webp: 'image',
  avif: 'image',
  svg: 'image',
  mp3: 'audio',
  m4a: 'audio',
  aac: 'audio',
  oga: 'audio',
  ogg: 'audio',
  opus: 'audio',
  wav: 'audio',
  flac: 'audio',
  mp4: 'video',
  m4v: 'video',
  webm: 'video',
  ogv: 'video',
  mov: 'video',
};

/**
 * The kind of a media URL, from the file extension of its path. Pages on video or social sites
 * (YouTube, Vimeo, X, Wikipedia, maps…) have none and are links: embedding them would load
 * outside frames and scripts before the reader asked for them.
 */
export function mediaKind(url: string): MediaKind {
  const path = url.split(/[?#]/)[0] ?? '';
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? 'link';
}
