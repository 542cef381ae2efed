// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, eagerCompileEntry } from '../../src/build/compileHints';

type Handler = (options: unknown, bundle: Record<string, unknown>) => void;

/** Run the plugin's generateBundle over a bundle as the build hands it over. */
function generate(bundle: Record<string, unknown>) {
  const hook = eagerCompileEntry().generateBundle as { handler: Handler };
  hook.handler.call({}, {}, bundle);
  return bundle;
}

describe('eagerCompileEntry', () => {
  it("puts V8's hint on the entry's first line, where V8 reads it, and nowhere else", () => {
    const bundle = generate({
      'assets/index.js': { type: 'chunk', isEntry: true, code: 'const __vite__mapDeps=1;' },
      'assets/StoryPlayer.js': { type: 'chunk', isEntry: false, code: 'export{};' },
      'assets/index.css': { type: 'asset', source: '.a{}' },
    });
    expect(bundle).toEqual({
      'assets/index.js': {
        type: 'chunk',
        isEntry: true,
        code: `${COMPILE_HINT}\nconst __vite__mapDeps=1;`,
      },
      'assets/StoryPlayer.js': { type: 'chunk', isEntry: false, code: 'export{};' },
      'assets/index.css': { type: 'asset', source: '.a{}' },
    });
  });

  it('adds it once, however often the hook runs', () => {
    const entry = { type: 'chunk', isEntry: true, code: 'x();' };
    generate({ 'a.js': entry });
    generate({ 'a.js': entry });
    expect(entry.code).toBe(`${COMPILE_HINT}\nx();`);
  });
});
