import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';

/**
 * A server that sends the first `sent` bytes of a `total`-byte body and then goes quiet: the
 * page is caught mid-load, for as long as the test needs, with no timers.
 */
function stalledFetch(sent: number, total: number) {
  return vi.fn(
    async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new Uint8Array(sent).fill(0x20));
          },
        }),
        { headers: { 'content-length': String(total) } },
      ),
  );
}

describe('App while a big dataset loads', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('shows the bytes read, and Cancel goes back to the bundled story', async () => {
    const server = stalledFetch(2_500_000, 6_000_000);
    vi.stubGlobal('fetch', server);
    window.history.replaceState(null, '', '/?data=/big.json&people=kim');
    const user = userEvent.setup();
    render(<App />);

    // The loader is imported on demand, which on a busy machine takes longer than findBy's 1 s.
    const bar = await screen.findByRole(
      'progressbar',
      { name: 'Loading dataset' },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', '2.5 MB of 6.0 MB'));
    const [url, init] = server.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/big.json');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(init.signal?.aborted).toBe(true);
    expect(await screen.findByRole('region', { name: 'Timeline' })).toHaveFocus();
    expect(screen.getByText('10 of 10 events')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // The link no longer names the dataset, nor the filters meant for it.
    expect(window.location.search).toBe('');
  });

  it('shows no bar for a small dataset, only that it loads', async () => {
    vi.stubGlobal('fetch', stalledFetch(200_000, 900_000));
    window.history.replaceState(null, '', '/?data=/small.json');
    render(<App />);
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the dataset…');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
