// Start-up: read config.json (zod-checked) → Entra or demo mode → render. In Entra mode MSAL's
// code loads after the first screen (auth/deferred-entra-auth.tsx), which creates its one
// PublicClientApplication and passes it down; demo mode never loads it.
import { webLightTheme } from '@fluentui/react-components';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ConfigErrorPage } from './app/config-error-page';
import { DemoAuthProvider } from './auth/demo-auth';
import { DeferredEntraAuth } from './auth/deferred-entra-auth';
import { loadRuntimeConfig } from './config/runtime-config';
import { initialTheme, loadTheme } from './app/theme';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

async function start() {
  const themeName = initialTheme();
  // The config and (for dark or high contrast) the theme load side by side.
  const [result, theme] = await Promise.all([
    loadRuntimeConfig(window.fetch.bind(window), 'config.json', {
      VITE_CLIENT_ID: import.meta.env.VITE_CLIENT_ID,
      VITE_TENANT_ID: import.meta.env.VITE_TENANT_ID,
      VITE_CLOUD: import.meta.env.VITE_CLOUD,
    }),
    // A theme that cannot be downloaded is no reason not to start: fall back to light.
    loadTheme(themeName).then(
      (loaded) => ({ name: themeName, theme: loaded }),
      () => ({ name: 'light' as const, theme: webLightTheme }),
    ),
  ]);
  const startTheme = theme;
  if (!result.ok) {
    render(<ConfigErrorPage problems={result.problems} />);
    return;
  }
  const { config } = result;
  if (config.mode === 'entra') {
    render(
      <DeferredEntraAuth config={config}>
        <App config={config} initialTheme={startTheme} />
      </DeferredEntraAuth>,
    );
  } else {
    render(
      <DemoAuthProvider>
        <App config={config} initialTheme={startTheme} />
      </DemoAuthProvider>,
    );
  }
}

void start().catch((error: unknown) => {
  render(<ConfigErrorPage problems={[`The app could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page; if it keeps failing, check config.json.`]} />);
});
