// "How do I find this value?" beside each list: the PowerShell to run on a reference device,
// copyable, and the Microsoft doc it comes from.
// AUMIDs: https://learn.microsoft.com/en-us/windows/configuration/store/find-aumid
// Accounts: https://learn.microsoft.com/en-us/windows/configuration/assigned-access/configuration-file#user-accounts
import { Link, Popover, PopoverSurface, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useReturnFocus } from '../components/lazy-dialog';
import type { ListName } from '../kiosk';
import { CopySnippet } from './copy-snippet';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(34rem, 90vw)', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

interface Step {
  text: string;
  label: string;
  code: string;
}

interface Help {
  title: string;
  intro: string;
  steps: Step[];
  outro: string;
  doc: { href: string; text: string };
}

const HELP: Record<ListName, Help> = {
  appUserModelIds: {
    title: 'Finding an app user model ID (AUMID)',
    intro: 'On a reference device where the app is installed, open PowerShell as the kiosk user and run:',
    steps: [
      { text: 'All apps on Start, with their AppID (the value to use):', label: 'List Start apps', code: 'Get-StartApps' },
      { text: 'One app by name:', label: 'Find Edge on Start', code: "Get-StartApps | Where-Object Name -like '*Edge*'" },
      {
        text: 'Packaged apps not on Start (run elevated to see every user’s apps):',
        label: 'Build AUMIDs from packages',
        code: 'Get-AppxPackage -AllUsers -Name *Calculator* | ForEach-Object {\n  "$($_.PackageFamilyName)!$((Get-AppxPackageManifest $_).Package.Applications.Application.Id)"\n}',
      },
    ],
    outro: 'A packaged app’s ID looks like Microsoft.WindowsCalculator_8wekyb3d8bbwe!App. Paths to .exe files go in desktop app paths instead.',
    doc: { href: 'https://learn.microsoft.com/en-us/windows/configuration/store/find-aumid', text: 'Find the Application User Model ID of an installed app' },
  },
  desktopAppPaths: {
    title: 'Finding a desktop app’s path',
    intro: 'On a reference device, find the full path of the program (.exe):',
    steps: [
      {
        text: 'Targets of the Start menu shortcuts for all users:',
        label: 'List shortcut targets',
        code:
          '$shell = New-Object -ComObject WScript.Shell\nGet-ChildItem "$env:ProgramData\\Microsoft\\Windows\\Start Menu\\Programs" -Recurse -Filter *.lnk |\n  ForEach-Object { [pscustomobject]@{ Name = $_.BaseName; Path = $shell.CreateShortcut($_.FullName).TargetPath } }',
      },
      { text: 'The program of a running app:', label: 'Path of a running app', code: 'Get-Process msedge | Select-Object -First 1 -ExpandProperty Path' },
      { text: 'Whether an app on Start is a desktop app (its AppID is not a package ID):', label: 'Find Edge on Start', code: "Get-StartApps | Where-Object Name -like '*Edge*'" },
    ],
    outro: 'Write system folders as variables so the path works on every device: %ProgramFiles%, %ProgramFiles(x86)%, %windir%. Apps must be installed on the device, not on a share.',
    doc: { href: 'https://learn.microsoft.com/en-us/windows/configuration/assigned-access/configuration-file#allapplist', text: 'Assigned Access: allowed apps' },
  },
  userAccounts: {
    title: 'Writing a user account',
    intro: 'Signed in on a device as the kiosk user, run:',
    steps: [
      { text: 'Microsoft Entra ID user: the UPN, to write as AzureAD\\<UPN>:', label: 'Show my UPN', code: 'whoami /upn' },
      { text: 'Active Directory or local user: DOMAIN\\name or COMPUTER\\name:', label: 'Show my account', code: 'whoami' },
      {
        text: 'Check the account is not an administrator (kiosk never applies to admins):',
        label: 'List local administrators',
        code: 'Get-LocalGroupMember -Group Administrators',
      },
    ],
    outro: 'Accepted forms: user, .\\user, COMPUTER\\user, DOMAIN\\user, AzureAD\\user@contoso.com. Local accounts must exist on the device first.',
    doc: { href: 'https://learn.microsoft.com/en-us/windows/configuration/assigned-access/configuration-file#user-accounts', text: 'Assigned Access: user accounts' },
  },
};

/** The help popover, anchored to its button (value-help-button.tsx); loaded on first open. */
export default function ValueHelp({ field, target, open, onOpenChange }: { field: ListName; target: HTMLElement; open: boolean; onOpenChange: (open: boolean) => void }) {
  const styles = useStyles();
  const titleId = useId();
  const help = HELP[field];
  useReturnFocus(open, target);
  return (
    <Popover
      withArrow
      trapFocus
      open={open}
      onOpenChange={(event, data) => {
        if (!data.open && event.target instanceof Node && target.contains(event.target)) return;
        onOpenChange(data.open);
      }}
      positioning={{ target, position: 'below', align: 'start' }}
    >
      <PopoverSurface aria-labelledby={titleId} className={styles.surface}>
        <Text as="h4" id={titleId} weight="semibold">
          {help.title}
        </Text>
        <Text>{help.intro}</Text>
        {help.steps.map((step) => (
          <div key={step.label} className={styles.step}>
            <Text size={200}>{step.text}</Text>
            <CopySnippet label={step.label} code={step.code} />
          </div>
        ))}
        <Text size={200}>{help.outro}</Text>
        <Link href={help.doc.href} target="_blank" rel="noreferrer">
          {help.doc.text}
        </Link>
      </PopoverSurface>
    </Popover>
  );
}
