// npm run validate -- FILE…  Checks stories in any format we read (CONTRACT §6) with the app's
// own code, so the command line and the browser give the same messages. Exit 1 on any problem.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { convertAny } from '../src/formats/convertAny';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE…');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${file}: cannot read: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const result = convertAny(text, basename(file));
  if ('problems' in result) {
    for (const problem of result.problems) console.log(`${file}: ${problem}`);
    failed = true;
  } else {
    console.log(`${file}: ok`);
  }
}
process.exit(failed ? 1 : 0);
