/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { isCloudName } from './src/config/clouds';
import { REDIRECT_BRIDGE_PATH, redirectBridgeHeaders, securityHeaders } from './src/config/security-headers';

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

const BRIDGE_SOURCE = 'src/auth/redirect-bridge.html';

/**
 * MSAL's redirect bridge is a second page of the build. Its source sits with the auth code; it is
 * served beside index.html, at the URL registered in Entra ID.
 */
function redirectBridgePage(): Plugin {
  return {
    name: 'redirect-bridge-page',
    enforce: 'post',
    // `npm run dev` serves it at the same URL as a build does.
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url?.split(/[?#]/)[0] === REDIRECT_BRIDGE_PATH) req.url = `/${BRIDGE_SOURCE}${req.url.slice(REDIRECT_BRIDGE_PATH.length)}`;
        next();
      });
    },
    generateBundle(_options, bundle) {
      const page = bundle[BRIDGE_SOURCE];
      if (!page) this.error(`${BRIDGE_SOURCE} is missing from the build`);
      page.fileName = REDIRECT_BRIDGE_PATH.slice(1);
    },
  };
}

/**
 * `vite preview` sends each page the headers a production host would: the app's policy, and the
 * bridge page's own (never cached, framable by the app only).
 */
function previewHeaders(): Plugin {
  return {
    name: 'preview-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0];
        const headers = path === REDIRECT_BRIDGE_PATH ? redirectBridgeHeaders() : securityHeaders(previewCloud);
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), shipReadme(), redirectBridgePage(), previewHeaders()],
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    // Every browser this tool supports has modulepreload; the polyfill would be one more request.
    modulePreload: { polyfill: false },
    rollupOptions: { input: { main: 'index.html', bridge: BRIDGE_SOURCE } },
  },
  preview: { port: 4173, strictPort: true },
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
