// "Snippets": the request on screen (the same URL and the same body text as the preview) as
// PowerShell, curl and JavaScript, each copyable and downloadable. Loaded only when opened.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { graphBaseUrl, type CloudName } from '../config/clouds';
import type { SubmitTarget } from '../graph/endpoints';
import { curlSnippet, fetchSnippet, powerShellSnippet, type Design, type RequestSnippetInput } from '../kiosk';
import { formatRequestBody } from '../preview/format-body';
import { displayUrl } from '../submit/target';
import { CodePanel } from './code-panel';
import { useDialogStyles } from './dialog-styles';
import { graphEnvironment } from './graph-environment';

type Language = 'powershell' | 'curl' | 'fetch';

const LANGUAGES: Readonly<Record<Language, { tab: string; label: string; fileName: string; mimeType: string; bom: boolean; make: (input: RequestSnippetInput) => string }>> = {
  powershell: { tab: 'PowerShell', label: 'PowerShell snippet', fileName: 'send-kiosk-profiles.ps1', mimeType: 'text/plain', bom: true, make: powerShellSnippet },
  curl: { tab: 'curl', label: 'curl snippet', fileName: 'send-kiosk-profiles.sh', mimeType: 'text/x-shellscript', bom: false, make: curlSnippet },
  fetch: { tab: 'JavaScript fetch', label: 'JavaScript snippet', fileName: 'send-kiosk-profiles.mjs', mimeType: 'text/javascript', bom: false, make: fetchSnippet },
};

export interface SnippetsDialogProps {
  design: Design;
  cloud: CloudName;
  target: SubmitTarget;
  onClose: () => void;
}

export function SnippetsDialog({ design, cloud, target, onClose }: SnippetsDialogProps) {
  const styles = useDialogStyles();
  const [language, setLanguage] = useState<Language>('powershell');
  const baseUrl = graphBaseUrl(cloud);
  // displayUrl is graphBaseUrl(cloud) + actionPath(target) with readable placeholders: the URL on screen.
  const url = displayUrl(cloud, target);
  const input = useMemo<RequestSnippetInput>(
    () => ({ baseUrl, path: url.slice(baseUrl.length), environment: graphEnvironment(cloud), bodyText: formatRequestBody(design) }),
    [baseUrl, url, cloud, design],
  );
  const chosen = LANGUAGES[language];
  const text = useMemo(() => chosen.make(input), [chosen, input]);
  const placeholder = url.includes('{');

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Request snippets</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>
              The request on screen as code, to send from a console or a pipeline. Each sends exactly the body of the preview. None holds a
              token: PowerShell signs you in, curl and fetch read an access token from the GRAPH_TOKEN environment variable.
            </Text>
            <Text className={styles.url} aria-label="Request method and URL in the snippets">
              POST {url}
            </Text>
            {placeholder && (
              <MessageBar intent="warning">
                <MessageBarBody>The URL still has a placeholder in braces. Choose the device configuration first, or replace the placeholder in the snippet.</MessageBarBody>
              </MessageBar>
            )}
            <TabList selectedValue={language} onTabSelect={(_, data) => setLanguage(data.value as Language)} aria-label="Snippet language">
              {(Object.keys(LANGUAGES) as Language[]).map((key) => (
                <Tab key={key} value={key}>
                  {LANGUAGES[key].tab}
                </Tab>
              ))}
            </TabList>
            <div role="tabpanel" aria-label={chosen.tab}>
              <CodePanel label={chosen.label} text={text} what="snippet" fileName={chosen.fileName} mimeType={chosen.mimeType} bom={chosen.bom} />
            </div>
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
