// npm run convert -- FILE  Prints a story from any format we read as our own JSON (CONTRACT §6),
// ready to save beside the bundled one or to load with ?data=. Problems go to stderr, exit 1.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { convertAny } from '../src/formats/convertAny';

const [file, ...rest] = process.argv.slice(2);
if (file === undefined || rest.length > 0) {
  console.error('usage: npm run convert -- FILE > story.json');
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read: ${(error as Error).message}`);
  process.exit(1);
}
const result = convertAny(text, basename(file));
if ('problems' in result) {
  for (const problem of result.problems) console.error(`${file}: ${problem}`);
  process.exit(1);
}
console.log(JSON.stringify(result.dataset, null, 2));
