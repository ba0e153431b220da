/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { isCloudName } from './src/config/clouds';
import { securityHeaders } from './src/config/security-headers';

// `vite preview` serves the build under the production security headers, so a CSP violation shows
// up in the e2e tests. CSP_CLOUD picks the cloud (default: global), as a host's config would.
const previewCloud = isCloudName(process.env.CSP_CLOUD) ? process.env.CSP_CLOUD : 'global';

/** Ships README.md beside index.html so the demo banner's "set up for your tenant" link works on any host. */
function shipReadme(): Plugin {
  return {
    name: 'ship-readme',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'README.md', source: readFileSync('README.md', 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [react(), shipReadme()],
  build: { target: 'es2022', sourcemap: true, manifest: true },
  preview: { port: 4173, strictPort: true, headers: securityHeaders(previewCloud) },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'kiosk',
          environment: 'node',
          include: ['src/kiosk/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['src/test-setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/kiosk/**'],
        },
      },
    ],
  },
});
