import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RichText } from '../../src/components/RichText';
import type { RichDoc } from '../../src/domain/richText';
import { parseRichHtml } from '../../src/richtext/parseRichHtml';

const HOSTILE = [
  '<p>Hello <b>bold</b> <i>it</i> <a href="https://example.org/">a link</a></p>',
  '<script>window.__xss = 1</script>',
  '<img src="x" onerror="window.__xss = 1">',
  '<a href="javascript:window.__xss=1">click me</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<p onmouseover="window.__xss = 1" style="position:fixed">styled</p>',
  '&lt;img src=x onerror=alert(1)&gt;',
].join('');

describe('RichText', () => {
  it('renders formatting as elements and hostile HTML as inert text', () => {
    const { container } = render(<RichText doc={parseRichHtml(HOSTILE)} />);
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(screen.getByText('it').tagName).toBe('EM');
    const link = screen.getByRole('link', { name: 'a link' });
    expect(link).toHaveAttribute('href', 'https://example.org/');
    expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    // The javascript: link keeps its words and loses its link.
    expect(screen.getByText(/click me/)).not.toHaveAttribute('href');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    // Nothing that can run or load: no script, image, frame, style or handler attribute.
    expect(
      container.querySelector('script, img, iframe, style, [style], [onerror], [onmouseover]'),
    ).toBeNull();
    // Escaped markup shows as the characters the author wrote.
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('renders a tree handed in directly, checking links once more', () => {
    const doc: RichDoc = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '<b>not bold</b>' },
          { type: 'break' },
          {
            type: 'link',
            href: 'javascript:alert(1)',
            children: [{ type: 'text', text: 'words' }],
          },
        ],
      },
    ];
    const { container } = render(<RichText doc={doc} />);
    expect(container.querySelector('b, a')).toBeNull();
    expect(container.querySelector('br')).not.toBeNull();
    expect(container.textContent).toBe('<b>not bold</b>words');
  });
});
