// Types for chromium.mjs, so TypeScript configs (test/e2e/playwright.config.ts) can import it.
export declare const CHROMIUM_ARGS: string[];
/** The Chromium binary to drive, or null when none is installed. */
export declare function findChromium(): string | null;
