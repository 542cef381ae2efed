import type { DatasetInput } from '../domain/datasetSchema';
import { parseDataset } from '../domain/parseDataset';
import { detectFormat } from './detectFormat';
import { fromCsv } from './fromCsv';
import { fromTimelineJs } from './fromTimelineJs';
import { fromVisTimeline } from './fromVisTimeline';
import type { ImportResult } from './importedStory';

/**
 * Any file we read, as our dataset: detected by content, converted, then checked by the same
 * parseDataset as our own files, so an import can never hand the app what a dataset couldn't.
 * `fileName` only names the imported source; it never picks the format.
 */
export function convertAny(text: string, fileName?: string): ImportResult {
  const detected = detectFormat(text);
  if ('problem' in detected) return { problems: [detected.problem] };
  let result: ImportResult;
  if (detected.format === 'csv') result = fromCsv(detected.text, fileName);
  else if (detected.format === 'timelinejs') result = fromTimelineJs(detected.json, fileName);
  else if (detected.format === 'vis') result = fromVisTimeline(detected.json, fileName);
  else result = { dataset: detected.json as DatasetInput };
  if ('problems' in result) return result;
  const checked = parseDataset(result.dataset);
  if (!checked.ok) return { problems: checked.errors.map((e) => `${e.path}: ${e.message}`) };
  return result;
}
