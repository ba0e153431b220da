// "History": every submission made from this browser — what went where, when, and how it ended —
// with the body that was sent, ready to load back into the editor or download.
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { downloadText } from '../components/download';
import type { HistoryEntry } from './history';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '60vh', overflowY: 'auto' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
});

function fileStamp(iso: string): string {
  return iso.replace(/[:.]/g, '-');
}

export function submissionFile(entry: HistoryEntry): string {
  const { body, ...meta } = entry;
  let parsedBody: unknown = body;
  try {
    parsedBody = JSON.parse(body);
  } catch {
    // Keep the text as it was sent.
  }
  return JSON.stringify({ ...meta, body: parsedBody }, null, 2);
}

export interface HistoryDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  history: HistoryEntry[];
  onLoad: (entry: HistoryEntry) => void;
}

export function HistoryDialog({ open, onOpenChange: setOpen, history, onLoad }: HistoryDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Submission history</DialogTitle>
          <DialogContent>
            {history.length === 0 ? (
              <Text>Nothing submitted from this browser yet.</Text>
            ) : (
              <ul className={styles.list}>
                {history.map((entry) => (
                  <li key={entry.id} className={styles.item}>
                    <div className={styles.row}>
                      <Badge appearance="filled" color={entry.result === 'success' ? 'success' : 'danger'}>
                        {entry.result === 'success' ? 'Submitted' : 'Failed'}
                      </Badge>
                      <Text weight="semibold">{new Date(entry.at).toLocaleString()}</Text>
                      {entry.status !== undefined && <Text size={200}>HTTP {entry.status}</Text>}
                    </div>
                    <Text>
                      {entry.profileNames.length} {entry.profileNames.length === 1 ? 'profile' : 'profiles'}: {entry.profileNames.join(', ')}
                    </Text>
                    <Text size={200}>
                      to {entry.target.displayName ? `“${entry.target.displayName}” ` : ''}
                      <span className={styles.mono}>{entry.url}</span>
                    </Text>
                    {entry.message && <Text size={200}>{entry.message}</Text>}
                    {entry.requestId && <Text size={200} className={styles.mono}>request-id {entry.requestId}</Text>}
                    <div className={styles.row}>
                      <Button
                        size="small"
                        onClick={() => {
                          onLoad(entry);
                          setOpen(false);
                        }}
                      >
                        Load into editor
                      </Button>
                      <Button size="small" onClick={() => downloadText(`kiosk-submission-${fileStamp(entry.at)}.json`, submissionFile(entry))}>
                        Download
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            {history.length > 0 && (
              <Button onClick={() => downloadText('kiosk-submission-history.json', `[\n${history.map(submissionFile).join(',\n')}\n]`)}>Download all</Button>
            )}
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
