// Bundles the domain core for the Node part of the benchmark (no TypeScript loader needed).
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: 'node_modules/.bench',
    emptyOutDir: true,
    minify: false,
    lib: { entry: 'bench/core-entry.ts', formats: ['es'], fileName: () => 'core.mjs' },
    rollupOptions: { external: [] },
  },
});
