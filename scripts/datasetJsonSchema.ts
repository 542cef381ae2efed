import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../src/domain/datasetSchema';
import { isHttpOrRelativeUrl, isHttpUrl } from '../src/domain/richText';

/**
 * dist/schema.json: a JSON Schema of our format made from the very schema the app checks with
 * (CONTRACT §6), so editors autocomplete a dataset that names it in "$schema". Build-time only:
 * the Vite plugin imports this, the app never does, so the converter stays out of the bundle.
 *
 * Valibot's `check` actions are functions JSON Schema can't hold; the URL rules get patterns
 * that say the same thing. Calendar rules (no 30 February) and cross-references stay in
 * parseDataset: JSON Schema can't express them, and editors only need the shape.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetSchema, {
    errorMode: 'ignore',
    overrideAction({ valibotAction, jsonSchema }) {
      if (valibotAction.type !== 'check') return undefined;
      const requirement = (valibotAction as { requirement?: unknown }).requirement;
      if (requirement === isHttpUrl) return { ...jsonSchema, pattern: '^https?://[^\\s/?#]+\\S*$' };
      if (requirement === isHttpOrRelativeUrl) {
        return { ...jsonSchema, pattern: '^(https?://[^\\s/?#]+\\S*|(?![^/?#]*:)[^\\s\\\\]+)$' };
      }
      return undefined;
    },
  });
  return {
    ...schema,
    title: 'Timeline dataset',
    description:
      'A story for the timeline app: people, sources, events, eras and groups. See CONTRACT.md §2 and §7.',
  };
}
