import path from 'node:path';
import { defineConfig } from 'vitest/config';

const keystatic = (file: string) => path.resolve(import.meta.dirname, 'node_modules/@keystatic/core/dist', file);

export default defineConfig({
  resolve: {
    alias: [
      { find: '@', replacement: path.resolve(import.meta.dirname) },
      // Keystatic's Node build leaves out the editor (its MDX parser and writer), which runs in the
      // browser: the studio's tests load the browser build, the one the studio runs.
      { find: /^@keystatic\/core\/content-components$/, replacement: keystatic('keystatic-core-content-components.js') },
      { find: /^@keystatic\/core$/, replacement: keystatic('keystatic-core.js') },
    ],
  },
  test: {
    environment: 'node',
    globalSetup: ['tests/support/temporary-folder.ts'],
    projects: [
      // The code, on fixtures: whatever the content says, these hold.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // What today's content says: an editor's legitimate change may update these, never the code's.
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
    ],
  },
});
