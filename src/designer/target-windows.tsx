// "Target Windows version": Windows 10 or 11, remembered per browser. On Windows 11 it says
// plainly that this Graph property's Start layout and taskbar setting do not apply there, and
// what to use instead.
// Windows 11 uses StartPins JSON (v5 namespace) and ShowTaskbar is a no-op:
// https://learn.microsoft.com/en-us/windows/configuration/assigned-access/configuration-file#start-menu-customizations
// Intune's kiosk template supports multi-app kiosk on Windows 10 only; Windows 11 goes through a
// custom OMA-URI on ./Vendor/MSFT/AssignedAccess/Configuration:
// https://learn.microsoft.com/en-us/windows/configuration/assigned-access/quickstart-restricted-user-experience
import { Field, Link, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

export type WindowsVersion = '10' | '11';

const KEY = 'kiosk-profile-designer:target-windows';

export function loadWindowsVersion(): WindowsVersion {
  try {
    return window.localStorage.getItem(KEY) === '11' ? '11' : '10';
  } catch {
    return '10'; // Storage blocked: Windows 10, the version this Graph property was made for.
  }
}

function rememberWindowsVersion(version: WindowsVersion): void {
  try {
    window.localStorage.setItem(KEY, version);
  } catch {
    // Not remembering the choice is harmless: the notice shows again when the admin switches.
  }
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function TargetWindowsSwitch() {
  const styles = useStyles();
  const [version, setVersion] = useState<WindowsVersion>(loadWindowsVersion);
  return (
    <section className={styles.root} aria-label="Target Windows version">
      <Field label="Target Windows version">
        <RadioGroup
          layout="horizontal"
          value={version}
          onChange={(_, data) => {
            const next: WindowsVersion = data.value === '11' ? '11' : '10';
            setVersion(next);
            rememberWindowsVersion(next);
          }}
        >
          <Radio value="10" label="Windows 10" />
          <Radio value="11" label="Windows 11" />
        </RadioGroup>
      </Field>
      <div role="status">
        {version === '11' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Windows 11 ignores this profile’s Start layout and taskbar setting</MessageBarTitle>
              This Graph property is the Windows 10 kiosk model: its Start layout is a LayoutModificationTemplate and Show taskbar hides or shows the
              taskbar. Windows 11 builds the kiosk Start menu from StartPins JSON in the AssignedAccess CSP and treats ShowTaskbar as a no-op, and Intune
              supports multi-app kiosk through this setting on Windows 10 only. The allowed apps and accounts still matter. For Windows 11, deploy the
              Assigned Access XML as a custom OMA-URI setting on <code>./Vendor/MSFT/AssignedAccess/Configuration</code>:{' '}
              <Link
                href="https://learn.microsoft.com/en-us/windows/configuration/assigned-access/quickstart-restricted-user-experience?pivots=windows-11"
                target="_blank"
                rel="noreferrer"
              >
                Windows 11 restricted user experience quickstart
              </Link>
              .
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
