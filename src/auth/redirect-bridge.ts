// MSAL v5's redirect bridge (see redirect-bridge.html): hands Entra ID's answer to the designer
// that asked for it — over a BroadcastChannel for the hidden renewal iframe, or by navigating back
// for a redirect. Built as its own page, with nothing of the app in it.
// https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/redirect-bridge.md
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  // Opened on its own, or with an answer it cannot read: say so instead of a blank page.
  const status = document.getElementById('status');
  if (status) {
    status.textContent = 'This page only finishes a sign-in for Kiosk Profile Designer. ';
    const link = document.createElement('a');
    link.href = './';
    link.textContent = 'Open the designer';
    status.append(link);
  }
});
