// "Troubleshooting": what to check on a device after deployment — the event logs, the registry
// keys, and what the common symptoms mean. Content from Microsoft's Assigned Access
// recommendations and troubleshooting articles (linked below) and the pain points in
// shared/anchors.md §5.5–5.6.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CopySnippet } from './copy-snippet';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  symptoms: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { marginInlineStart: 0 },
});

const EVENT_LOGS: { name: string; what: string }[] = [
  { name: 'Microsoft-Windows-AssignedAccess/Admin', what: 'errors applying the configuration, such as an account that cannot be resolved' },
  { name: 'Microsoft-Windows-AssignedAccess/Operational', what: 'what Assigned Access did at each sign-in (enable the log first)' },
  { name: 'Microsoft-Windows-AppLocker/EXE and DLL', what: 'event 8004 names each program that was blocked' },
  { name: 'Microsoft-Windows-AppLocker/Packaged app-Execution', what: 'Store apps that were blocked' },
  { name: 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin', what: 'whether the Intune policy reached the device and what the CSP answered' },
];

const REGISTRY: { key: string; what: string }[] = [
  { key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\AssignedAccessConfiguration', what: 'the configuration the device applied, with its profiles and configs' },
  { key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\AssignedAccessCsp', what: 'what the AssignedAccess CSP received from Intune' },
  { key: 'HKCU\\SOFTWARE\\Microsoft\\Windows\\AssignedAccessConfiguration', what: 'per user: whether the signed-in user got a profile' },
];

const SYMPTOMS: { symptom: string; meaning: string }[] = [
  {
    symptom: 'Intune reports success, but the user gets the normal desktop',
    meaning:
      'The account is an administrator (Assigned Access never applies to admins), the account text does not match the user (Entra users need AzureAD\\UPN), or the device runs Windows 11, where this Graph property’s multi-app kiosk is not supported. Profiles apply at the next sign-in: sign out and in again.',
  },
  {
    symptom: '“This app has been blocked by your system administrator” or “Operation cancelled due to restrictions”',
    meaning:
      'A program the app starts is not allowed. AppLocker event 8004 in EXE and DLL names it; add its path (for Edge: msedge.exe, msedge_proxy.exe and its packaged ID).',
  },
  {
    symptom: 'A Store app does not start, or its tile is missing from Start',
    meaning:
      'The AUMID is wrong (check the “!App” part with Get-StartApps), the app is not installed for that user, or an update changed the AUMID. Tiles of apps that are not installed are silently hidden.',
  },
  {
    symptom: 'The kiosk user cannot sign in, or sees a black screen',
    meaning:
      'Conditional Access that needs interaction (MFA, terms of use) blocks kiosk accounts; exclude them. For auto-logon problems see the Authentication User Interface/Operational log.',
  },
  {
    symptom: 'Intune shows “Remediation failed” (-2016281112) although the kiosk works',
    meaning: 'A known reporting issue: trust the AssignedAccess/Admin log on the device over the report.',
  },
  {
    symptom: 'Restrictions stay after the profile is removed',
    meaning: 'Removing the configuration does not revert every policy it enforced (such as the Start layout); Microsoft says a reset may be needed.',
  },
];

const GET_EVENTS = [
  "wevtutil sl 'Microsoft-Windows-AssignedAccess/Operational' /e:true",
  "Get-WinEvent -LogName 'Microsoft-Windows-AssignedAccess/Admin', 'Microsoft-Windows-AssignedAccess/Operational' -MaxEvents 50 |",
  '  Format-List TimeCreated, Id, LevelDisplayName, Message',
].join('\n');

const BLOCKED = "Get-WinEvent -LogName 'Microsoft-Windows-AppLocker/EXE and DLL' -MaxEvents 50 |\n  Where-Object Id -eq 8004 | Format-List TimeCreated, Message";

const REG = "Get-ChildItem 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\AssignedAccessConfiguration' -Recurse";

export function TroubleshootingPanel() {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="troubleshooting">
        <AccordionHeader as="h2" size="large">
          Troubleshooting
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Text>After deployment, check these on the device (PowerShell as administrator).</Text>
          <Text as="h3" weight="semibold">
            Event logs
          </Text>
          <ul className={styles.list}>
            {EVENT_LOGS.map((log) => (
              <li key={log.name}>
                <span className={styles.mono}>{log.name}</span>: {log.what}
              </li>
            ))}
          </ul>
          <CopySnippet label="Read the Assigned Access logs" code={GET_EVENTS} />
          <CopySnippet label="List blocked programs" code={BLOCKED} />
          <Text as="h3" weight="semibold">
            Registry
          </Text>
          <ul className={styles.list}>
            {REGISTRY.map((entry) => (
              <li key={entry.key}>
                <span className={styles.mono}>{entry.key}</span>: {entry.what}
              </li>
            ))}
          </ul>
          <CopySnippet label="Show the applied configuration" code={REG} />
          <Text as="h3" weight="semibold">
            Symptoms
          </Text>
          <dl className={styles.symptoms}>
            {SYMPTOMS.map((s) => (
              <div key={s.symptom}>
                <dt className={styles.term}>{s.symptom}</dt>
                <dd className={styles.definition}>{s.meaning}</dd>
              </div>
            ))}
          </dl>
          <Text size={200}>
            More:{' '}
            <Link href="https://learn.microsoft.com/en-us/windows/configuration/assigned-access/recommendations" target="_blank" rel="noreferrer">
              Assigned Access recommendations
            </Link>
            ,{' '}
            <Link
              href="https://learn.microsoft.com/en-us/troubleshoot/mem/intune/device-configuration/users-cannot-logon-windows-multi-app-kiosk"
              target="_blank"
              rel="noreferrer"
            >
              users can’t sign in to a multi-app kiosk
            </Link>
            .
          </Text>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
