// The rules in the form: one-click fixes and the catalog change the lists through the form, so
// the profile handed up (store, preview, drafts) follows.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { findingsByPath, lintDesign, type Profile } from '../kiosk';
import { ProfileForm } from './profile-form';

const EDGE = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe';
const EDGE_PROXY = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge_proxy.exe';

function base(overrides: Partial<Profile>): Profile {
  return {
    id: '9a2a490f-10f6-4764-974a-43b19e722c23',
    profileName: 'Front desk',
    showTaskBar: true,
    appUserModelIds: [],
    desktopAppPaths: [],
    userAccounts: ['AzureAD\\kiosk@contoso.onmicrosoft.com'],
    startMenuLayoutXml: '',
    ...overrides,
  };
}

/** The form with live lint, as the app wires it. */
function Harness({ initial, spy }: { initial: Profile; spy: (p: Profile) => void }) {
  const [profile, setProfile] = useState(initial);
  const findings = useMemo(() => findingsByPath(lintDesign([profile])), [profile]);
  return (
    <FluentProvider theme={webLightTheme}>
      <ProfileForm
        profile={initial}
        index={0}
        findings={findings}
        onChange={(p) => {
          spy(p);
          setProfile(p);
        }}
      />
    </FluentProvider>
  );
}

const lastProfile = (spy: ReturnType<typeof vi.fn>): Profile | undefined => spy.mock.lastCall?.[0] as Profile | undefined;

// Rendering the whole Fluent form in jsdom takes seconds on a busy machine: generous limits.
describe('ProfileForm with the kiosk rules', { timeout: 60_000 }, () => {
  it('shows a path typed as an AUMID as an error with a doc link, and moves it in one click', async () => {
    const spy = vi.fn();
    render(<Harness initial={base({ appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App', EDGE] })} spy={spy} />);
    const aumids = screen.getByRole('group', { name: 'App user model IDs' });
    expect(within(aumids).getByText(/is a file path, not an app user model ID/)).toBeVisible();
    expect(within(aumids).getAllByRole('link', { name: 'Microsoft doc' })[0]).toHaveAttribute('href', expect.stringContaining('learn.microsoft.com'));

    await userEvent.click(within(aumids).getByRole('button', { name: 'Move to desktop app paths' }));
    await waitFor(() => expect(lastProfile(spy)?.desktopAppPaths).toEqual([EDGE]));
    expect(lastProfile(spy)?.appUserModelIds).toEqual(['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App']);
    expect(within(screen.getByRole('group', { name: 'Desktop app paths' })).getByText(EDGE, { exact: true })).toBeVisible();
    expect(within(aumids).queryByRole('button', { name: 'Move to desktop app paths' })).toBeNull();
  });

  it('adds a missing companion in one click', async () => {
    const spy = vi.fn();
    render(<Harness initial={base({ appUserModelIds: ['Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App'], desktopAppPaths: [EDGE] })} spy={spy} />);
    await userEvent.click(within(screen.getByRole('group', { name: 'Desktop app paths' })).getByRole('button', { name: 'Add msedge_proxy.exe' }));
    await waitFor(() => expect(lastProfile(spy)?.desktopAppPaths).toEqual([EDGE, EDGE_PROXY]));
  });

  it('replaces a bare UPN with the AzureAD\\ form', async () => {
    const spy = vi.fn();
    render(<Harness initial={base({ appUserModelIds: ['MSEdge'], userAccounts: ['frontdesk@contoso.com'] })} spy={spy} />);
    await userEvent.click(screen.getByRole('button', { name: 'Change to AzureAD\\frontdesk@contoso.com' }));
    await waitFor(() => expect(lastProfile(spy)?.userAccounts).toEqual(['AzureAD\\frontdesk@contoso.com']));
  });
});
