// The page's inline head script, run as the browser runs it: its text alone, in the global
// scope, so a function that leaned on anything outside its own body would fail here.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeDatasetPrefetch } from '../../src/boot/datasetPrefetch';
import { THEME_KEY } from '../../src/boot/storedTheme';
import { appHeadScript, themeScript } from '../../src/build/headScript';
import { requestInAddress } from '../../src/io/workerProtocol';

const html = document.documentElement;

function openPage(search: string, workerUrl?: string) {
  window.history.replaceState(null, '', `/${search}`);
  new Function(appHeadScript(workerUrl))();
}

/** The browser's Worker as far as the head script uses it: the address, the type, handlers. */
class StandInWorker {
  static started: StandInWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(
    readonly address: URL,
    readonly options: WorkerOptions,
  ) {
    StandInWorker.started.push(this);
  }
  terminate = vi.fn();
}

describe('the head script', () => {
  const fetch = vi.fn(() => Promise.resolve(new Response('{}')));
  beforeEach(() => {
    vi.stubGlobal('fetch', fetch);
    fetch.mockClear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
    delete html.dataset.theme;
    delete html.dataset.prerender;
    delete window.__datasetPrefetch;
  });

  it.each(['dark', 'light'])('applies a remembered %s theme', (theme) => {
    localStorage.setItem(THEME_KEY, theme);
    openPage('');
    expect(html.dataset.theme).toBe(theme);
  });

  it('follows the system when nothing (or nonsense) is remembered, or storage is blocked', () => {
    openPage('');
    expect(html.dataset.theme).toBeUndefined();
    localStorage.setItem(THEME_KEY, 'purple');
    openPage('');
    expect(html.dataset.theme).toBeUndefined();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => openPage('')).not.toThrow();
    expect(html.dataset.theme).toBeUndefined();
  });

  it('is also the e/<id>/ pages’ theme script', () => {
    expect(appHeadScript().startsWith(themeScript())).toBe(true);
  });

  it.each([
    ['', undefined],
    ['?event=proposal', undefined],
    ['?q=paris', 'hidden'],
    ['?data=/big.json', 'hidden'],
    ['?embed=1', 'hidden'],
  ])('for %j, leaves the pre-rendered page %s', (search, prerender) => {
    openPage(search);
    expect(html.dataset.prerender).toBe(prerender);
  });

  it('starts downloading ?data= at once, and hands the response over exactly once', async () => {
    openPage('?data=%2Fbig.json&event=x');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(
      '/big.json',
      expect.objectContaining({ credentials: 'same-origin' }),
    );
    const prefetch = takeDatasetPrefetch('/big.json');
    expect(await prefetch?.response).toBeInstanceOf(Response);
    expect(takeDatasetPrefetch('/big.json')).toBeUndefined();
  });

  describe('in the build, which names the dataset worker', () => {
    beforeEach(() => {
      StandInWorker.started = [];
      vi.stubGlobal('Worker', StandInWorker);
    });

    it('starts the worker with the request in its address, and fetches nothing itself', () => {
      openPage('?data=data%2Fbig%20one.json&event=x', './assets/datasetWorker-abc.js');
      expect(fetch).not.toHaveBeenCalled();
      const [worker] = StandInWorker.started;
      expect(StandInWorker.started).toHaveLength(1);
      expect(worker!.options).toEqual({ type: 'module' });
      expect(worker!.address.pathname).toBe('/assets/datasetWorker-abc.js');
      expect(requestInAddress(worker!.address.hash)).toEqual({
        type: 'fetch',
        url: `${location.origin}/data/big%20one.json`,
        name: 'big one.json',
      });
    });

    it('keeps what the worker says, and whether it failed, until the loader takes it once', () => {
      openPage('?data=/big.json', './assets/datasetWorker-abc.js');
      const worker = StandInWorker.started[0]!;
      worker.onmessage!({ data: { type: 'progress', read: 1, total: null, stage: 'reading' } });
      worker.onmessage!({ data: { type: 'progress', read: 2, total: null, stage: 'reading' } });
      const error = new Event('error', { cancelable: true });
      worker.onerror!(error);
      expect(error.defaultPrevented).toBe(true);
      const prefetch = takeDatasetPrefetch('/big.json');
      expect(prefetch?.worker?.said).toEqual([
        { type: 'progress', read: 1, total: null, stage: 'reading' },
        { type: 'progress', read: 2, total: null, stage: 'reading' },
      ]);
      expect(prefetch?.worker?.failed).toBe(true);
      expect(takeDatasetPrefetch('/big.json')).toBeUndefined();
    });

    it('stops the worker when the loader wants another URL', () => {
      openPage('?data=/a.json', './assets/datasetWorker-abc.js');
      expect(takeDatasetPrefetch('/b.json')).toBeUndefined();
      expect(StandInWorker.started[0]!.terminate).toHaveBeenCalledTimes(1);
    });

    it('downloads instead where module workers cannot start', () => {
      vi.stubGlobal(
        'Worker',
        class {
          constructor() {
            throw new TypeError('module workers are not supported');
          }
        },
      );
      openPage('?data=/big.json', './assets/datasetWorker-abc.js');
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(takeDatasetPrefetch('/big.json')?.response).toBeInstanceOf(Promise);
    });
  });

  it('fetches nothing the app would not load', () => {
    for (const search of ['', '?data=javascript:alert(1)', '?data=%20', '?data=data:,{}'])
      openPage(search);
    expect(fetch).not.toHaveBeenCalled();
    expect(window.__datasetPrefetch).toBeUndefined();
  });

  it('keeps a failed download quiet until the app takes it, which then sees the failure', async () => {
    // A plain function: a vi.fn would itself hold on to the promise it returns.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    openPage('?data=/gone.json');
    // Let the rejection settle with nobody holding it yet (a browser would log it as uncaught).
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    await expect(takeDatasetPrefetch('/gone.json')!.response).rejects.toThrow('Failed to fetch');
  });

  it('hands nothing over for another URL, and stops that download', () => {
    openPage('?data=/a.json');
    const abort = vi.spyOn(AbortController.prototype, 'abort');
    expect(takeDatasetPrefetch('/b.json')).toBeUndefined();
    expect(abort).toHaveBeenCalledTimes(1);
    expect(window.__datasetPrefetch).toBeUndefined();
  });
});
