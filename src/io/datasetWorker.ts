import { readLimitedText } from './readLimitedText';
import { readStory } from './readStory';
import { datasetMessage } from './datasetTransfer';
import { fetchBody, type Body } from './fetchBody';
import { requestInAddress, throttleLatest, type FromWorker, type ToWorker } from './workerProtocol';

/**
 * The dataset worker: fetches or reads one body (refusing a declared size past the limit, and
 * counting bytes against it as they arrive), parses, converts and checks it with the same
 * `readStory` as the page, and sends the Dataset back with its events in columns that move to
 * the page without a copy. One load per worker; the page terminates it once it has the answer.
 */
interface WorkerScope {
  location: { hash: string };
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker, transfer?: Transferable[]) => void;
}
// The project's types are the page's (lib "DOM"); adding lib "WebWorker" beside it clashes.
const scope = self as unknown as WorkerScope;
const post = (message: FromWorker) => scope.postMessage(message);
const failed = (message: string) => post({ type: 'failed', errors: [{ path: '(file)', message }] });

// A failure inside (a string past V8's ~536 MB, a bug) must still answer, or the page waits.
const answer = (message: ToWorker) =>
  void load(message).catch((error: unknown) => failed(`could not be read (${String(error)})`));
scope.onmessage = (event: MessageEvent<ToWorker>) => answer(event.data);
// Started by the head script with the request in its address: begin at once.
const request = requestInAddress(scope.location.hash);
if (request) answer(request);

async function load(message: ToWorker) {
  const body: Body =
    message.type === 'fetch'
      ? await fetchBody(message.url)
      : {
          ok: true,
          stream: 'blob' in message ? message.blob.stream() : message.stream,
          total: message.total,
        };
  if (!body.ok) return failed(body.message);
  const { stream, total } = body;

  let bytes = 0;
  const progress = throttleLatest(100, (read: number) =>
    post({ type: 'progress', read, total, stage: 'reading' }),
  );
  const read = stream
    ? await readLimitedText(stream, {
        onBytes: (count) => progress.push((bytes = count)),
      })
    : { ok: true as const, text: '' };
  progress.cancel();
  if (!read.ok) return failed(read.message);

  post({ type: 'progress', read: bytes, total, stage: 'checking' });
  const result = await readStory(read.text, message.name);
  if (!result.ok) return post({ type: 'failed', errors: result.errors });
  const { message: dataset, transfer } = datasetMessage(result.dataset);
  scope.postMessage(dataset, transfer);
}
