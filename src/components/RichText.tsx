import type { ReactNode } from 'react';
import { isHttpUrl, type RichDoc, type RichInline } from '../domain/richText';

/**
 * A rich text tree as React elements: <p>, <br>, <strong>, <em> and <a>. Built node by node,
 * never from an HTML string, so text that looks like markup stays text. The tree is already
 * checked (schema or parseRichHtml); links are checked again here, as the last step before a
 * reader can click.
 */
export function RichText({ doc, className }: { doc: RichDoc; className?: string }) {
  return (
    <div className={className}>
      {doc.map((paragraph, i) => (
        <p key={i}>{inline(paragraph.children)}</p>
      ))}
    </div>
  );
}

function inline(nodes: readonly RichInline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={i} />;
      case 'bold':
        return <strong key={i}>{inline(node.children)}</strong>;
      case 'italic':
        return <em key={i}>{inline(node.children)}</em>;
      case 'link':
        return isHttpUrl(node.href) ? (
          <a key={i} href={node.href} rel="noreferrer noopener" target="_blank">
            {inline(node.children)}
          </a>
        ) : (
          inline(node.children)
        );
    }
  });
}
