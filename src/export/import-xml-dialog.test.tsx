import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ImportXmlDialog } from './import-xml-dialog';

const XML = `<AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config" xmlns:rs5="http://schemas.microsoft.com/AssignedAccess/201810/config">
  <Profiles>
    <Profile Id="{9A2A490F-10F6-4764-974A-43B19E722C23}" Name="Lobby">
      <AllAppsList><AllowedApps><App AppUserModelId="A_8wekyb3d8bbwe!App" rs5:AutoLaunch="true"/></AllowedApps></AllAppsList>
      <Taskbar ShowTaskbar="true"/>
    </Profile>
  </Profiles>
  <Configs>
    <Config><UserGroup Type="LocalGroup" Name="kiosks"/><DefaultProfile Id="{9A2A490F-10F6-4764-974A-43B19E722C23}"/></Config>
  </Configs>
</AssignedAccessConfiguration>`;

function setup() {
  const onImport = vi.fn();
  const onClose = vi.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportXmlDialog currentProfileCount={3} onImport={onImport} onClose={onClose} />
    </FluentProvider>,
  );
  return { onImport, onClose, user: userEvent.setup() };
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = screen.getByRole('textbox', { name: 'Or paste Assigned Access XML' });
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Read pasted XML' }));
}

describe('ImportXmlDialog', () => {
  it('refuses broken XML with a reason and imports nothing', async () => {
    const { onImport, user } = setup();
    await paste(user, '<AssignedAccessConfiguration>');
    expect(screen.getByRole('alert')).toHaveTextContent(/The pasted XML was not imported: This is not well-formed XML\. Line 1/);
    expect(screen.getByRole('alert')).toHaveTextContent('Your current design was not changed.');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('shows the report first and imports only on "Import 1 profile", naming what was left out', async () => {
    const { onImport, onClose, user } = setup();
    await paste(user, XML);
    expect(screen.getByText(/Importing replaces the 3 profiles of your current design/)).toBeInTheDocument();
    const lost = screen.getByRole('list', { name: 'Not carried over (2)' });
    expect(lost).toHaveTextContent('Auto-launch');
    expect(lost).toHaveTextContent('The LocalGroup "kiosks" is assigned to profile "Lobby"');
    expect(onImport).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Import 1 profile' }));
    expect(onImport).toHaveBeenCalledTimes(1);
    const [design, warnings, source] = onImport.mock.calls[0] ?? [];
    expect(design).toEqual([
      {
        id: '9A2A490F-10F6-4764-974A-43B19E722C23',
        profileName: 'Lobby',
        showTaskBar: true,
        appUserModelIds: ['A_8wekyb3d8bbwe!App'],
        desktopAppPaths: [],
        userAccounts: [],
        startMenuLayoutXml: '',
      },
    ]);
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', message: '2 settings of the XML could not be carried over (Auto-launch, User groups).' })]);
    expect(source).toBe('pasted XML');
    expect(onClose).toHaveBeenCalled();
  });

  it('Back and Cancel import nothing', async () => {
    const { onImport, onClose, user } = setup();
    await paste(user, XML);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('textbox', { name: 'Or paste Assigned Access XML' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Read pasted XML' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
  });
});
