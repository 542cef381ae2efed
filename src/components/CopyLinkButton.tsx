import { useEffect, useState } from 'react';
import { useIsClient } from '../hooks/useIsClient';

/** `Copy link`, with a fallback for browsers without the Clipboard API, and `Share` where it exists. */
export function CopyLinkButton({ getUrl, title }: { getUrl: () => string; title: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  // The link as of the last press: the window may have moved since it was shown.
  const [url, setUrl] = useState('');

  useEffect(() => {
    if (copied === 'idle') return;
    const timer = window.setTimeout(() => setCopied('idle'), 3000);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    const url = getUrl();
    setUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied(copyWithSelection(url) ? 'copied' : 'failed');
    }
  };
  // Asked of the browser only there: a page rendered at build time has no navigator.
  const canShare = useIsClient() && typeof navigator.share === 'function';

  return (
    <>
      <button type="button" onClick={copy}>
        Copy link
      </button>
      {canShare && (
        <button
          type="button"
          onClick={() => navigator.share({ title, url: getUrl() }).catch(() => undefined)}
        >
          Share
        </button>
      )}
      <span className="copy-status" aria-live="polite">
        {copied === 'copied' ? 'Link copied' : copied === 'failed' ? `Copy this link: ${url}` : ''}
      </span>
    </>
  );
}

/** The pre-Clipboard-API way: select a hidden field and ask the browser to copy it. */
function copyWithSelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  field.remove();
  return ok;
}
