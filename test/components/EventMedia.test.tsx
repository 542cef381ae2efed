import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EventMedia } from '../../src/components/EventMedia';
import { mediaKind } from '../../src/domain/mediaKind';

describe('mediaKind', () => {
  it.each([
    ['https://upload.wikimedia.org/a/Ada_Lovelace_portrait.jpg', 'image'],
    ['img/photo.PNG?w=200', 'image'],
    ['https://example.org/talk.mp3', 'audio'],
    ['/clips/landing.webm#t=10', 'video'],
    ['https://www.youtube.com/watch?v=aPweFhhXFvY', 'link'],
    ['https://vimeo.com/304869290', 'link'],
    ['https://en.wikipedia.org/wiki/Ada_Lovelace', 'link'],
    ['https://x.com/someone/status/1', 'link'],
  ])('%s is %s', (url, kind) => {
    expect(mediaKind(url)).toBe(kind);
  });
});

describe('EventMedia', () => {
  it('shows an image with its alt text, caption and credit', () => {
    render(
      <EventMedia
        media={{
          url: 'img/ada.jpg',
          alt: 'Ada Lovelace, seated',
          caption: 'Portrait',
          credit: 'Wikimedia',
        }}
      />,
    );
    const image = screen.getByRole('img', { name: 'Ada Lovelace, seated' });
    expect(image).toHaveAttribute('src', 'img/ada.jpg');
    expect(screen.getByRole('figure')).toHaveTextContent('Portrait Wikimedia');
  });

  it('plays audio and video in native players that load nothing until asked', () => {
    const { container } = render(
      <>
        <EventMedia media={{ url: 'https://example.org/a.mp3', caption: 'Talk' }} />
        <EventMedia media={{ url: 'https://example.org/v.mp4' }} />
      </>,
    );
    expect(container.querySelector('audio')).toHaveAttribute('preload', 'none');
    expect(container.querySelector('video[controls]')).toHaveAttribute('preload', 'none');
  });

  it('makes a video or social page a link to a new tab, never a frame', () => {
    const { container } = render(
      <EventMedia media={{ url: 'https://www.youtube.com/watch?v=aPweFhhXFvY' }} />,
    );
    const link = screen.getByRole('link', { name: 'Open on youtube.com' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    expect(container.querySelector('iframe, script, img, video')).toBeNull();
  });

  it('shows nothing for a URL that is not http(s) or relative', () => {
    const { container } = render(<EventMedia media={{ url: 'javascript:alert(1)' }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
