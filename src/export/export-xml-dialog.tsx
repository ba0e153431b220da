// "Export as Assigned Access XML": the design as an AssignedAccessConfiguration document, a
// PowerShell script that tries it on one test device, and the custom OMA-URI request body for
// admins who cannot use the Graph action (and for Windows 11). Loaded only when opened.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { graphBaseUrl, type CloudName } from '../config/clouds';
import { downloadText } from '../components/download';
import {
  CUSTOM_CONFIGURATION_PATH,
  LOCAL_TEST_SCRIPT_FILE_NAME,
  customConfigurationBodyText,
  defaultCustomConfigurationName,
  localTestScript,
  powerShellSnippet,
  type Design,
} from '../kiosk';
// Not through the '../kiosk' barrel: re-exported there, this module would land in the first screen's chunk.
import { exportAssignedAccessXml } from '../kiosk/assigned-access/export-xml';
import { CodePanel } from './code-panel';
import { useDialogStyles } from './dialog-styles';
import { graphEnvironment } from './graph-environment';

export const XML_FILE_NAME = 'kiosk-assigned-access.xml';
const CUSTOM_BODY_FILE_NAME = 'kiosk-custom-configuration.json';
const CUSTOM_SCRIPT_FILE_NAME = 'create-kiosk-custom-configuration.ps1';

type View = 'xml' | 'script' | 'custom';

export interface ExportXmlDialogProps {
  design: Design;
  cloud: CloudName;
  onClose: () => void;
}

export function ExportXmlDialog({ design, cloud, onClose }: ExportXmlDialogProps) {
  const styles = useDialogStyles();
  const [view, setView] = useState<View>('xml');
  const result = useMemo(() => exportAssignedAccessXml(design), [design]);
  const [displayName, setDisplayName] = useState(() => defaultCustomConfigurationName(design.map((p) => p.profileName)));
  const description = `Multi-app kiosk (Assigned Access) with ${design.length} ${design.length === 1 ? 'profile' : 'profiles'}, made with Kiosk Profile Designer.`;
  const xml = result.ok ? result.xml : '';
  const script = useMemo(() => (xml === '' ? '' : localTestScript(xml)), [xml]);
  const customBody = useMemo(() => (xml === '' ? '' : customConfigurationBodyText(xml, displayName.trim() || 'Kiosk', description)), [xml, displayName, description]);
  const baseUrl = graphBaseUrl(cloud);

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Export as Assigned Access XML</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>
              The same profiles as an AssignedAccessConfiguration for the AssignedAccess CSP (./Vendor/MSFT/AssignedAccess/Configuration): one
              Profile per profile and one Config per account.
            </Text>
            {!result.ok && (
              <MessageBar intent="error" role="alert" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>The design cannot become a valid Assigned Access file yet.</MessageBarTitle>
                  <ul className={styles.list}>
                    {result.problems.map((problem, i) => (
                      <li key={i}>{problem}</li>
                    ))}
                  </ul>
                  Fix these in the designer and open the export again.
                </MessageBarBody>
              </MessageBar>
            )}
            {result.notes.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Worth a look before it goes to a device</MessageBarTitle>
                  <ul className={styles.list}>
                    {result.notes.map((note, i) => (
                      <li key={i}>{note}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {result.ok && (
              <>
                <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} aria-label="Export format">
                  <Tab value="xml">XML</Tab>
                  <Tab value="script">Test on one device</Tab>
                  <Tab value="custom">Custom OMA-URI</Tab>
                </TabList>
                {view === 'xml' && (
                  <div role="tabpanel" aria-label="XML">
                    <CodePanel label="Assigned Access XML" text={xml} what="XML" fileName={XML_FILE_NAME} mimeType="application/xml" />
                  </div>
                )}
                {view === 'script' && (
                  <div role="tabpanel" aria-label="Test on one device" className={styles.content}>
                    <Text>
                      Try the configuration on one test device before rolling it out. Run the script as SYSTEM (it checks, and tells you how with psexec -i
                      -s); it turns on the Assigned Access event logs, and -Remove takes the configuration off again.
                    </Text>
                    <CodePanel label="Local test script" text={script} what="script" fileName={LOCAL_TEST_SCRIPT_FILE_NAME} mimeType="text/plain" bom />
                  </div>
                )}
                {view === 'custom' && (
                  <div role="tabpanel" aria-label="Custom OMA-URI" className={styles.content}>
                    <Text>
                      For admins who cannot use the assignedAccessMultiModeProfiles action, and for Windows 11: this request creates a custom configuration
                      profile (windows10CustomConfiguration) that sets ./Vendor/MSFT/AssignedAccess/Configuration to the XML. Assign the new profile to
                      devices in Intune afterwards.
                    </Text>
                    <Field label="Display name of the new configuration profile">
                      <Input value={displayName} onChange={(_, data) => setDisplayName(data.value)} />
                    </Field>
                    <Text className={styles.url} aria-label="Request method and URL of the custom configuration">
                      POST {baseUrl}
                      {CUSTOM_CONFIGURATION_PATH}
                    </Text>
                    <CodePanel
                      label="Custom configuration request body"
                      text={customBody}
                      what="request body"
                      fileName={CUSTOM_BODY_FILE_NAME}
                      mimeType="application/json"
                      extraActions={
                        <Button
                          icon={<ArrowDownloadRegular />}
                          onClick={() =>
                            downloadText(
                              CUSTOM_SCRIPT_FILE_NAME,
                              `\uFEFF${powerShellSnippet({ baseUrl, path: CUSTOM_CONFIGURATION_PATH, environment: graphEnvironment(cloud), bodyText: customBody, purpose: 'Create the custom configuration profile' })}`,
                              'text/plain',
                            )
                          }
                        >
                          Download as PowerShell ({CUSTOM_SCRIPT_FILE_NAME})
                        </Button>
                      }
                    />
                  </div>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
