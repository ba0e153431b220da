// "Choose configuration": lists the tenant's device configurations (all pages), filterable by
// name, and hands the chosen one back.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ListRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { filterConfigurations, listDeviceConfigurations, type DeviceConfigurationSummary } from '../graph/endpoints';
import type { GraphClient } from '../graph/graph-client';
import { describeFailure } from './describe-failure';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, maxHeight: '50vh', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', height: 'auto', padding: tokens.spacingVerticalS },
  itemText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  meta: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

interface ConfigurationPickerProps {
  client: GraphClient;
  disabled: boolean;
  onPick: (configuration: DeviceConfigurationSummary) => void;
}

export function ConfigurationPicker({ client, disabled, onPick }: ConfigurationPickerProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'loading' } | { kind: 'loaded'; items: DeviceConfigurationSummary[] } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'loaded', items: await listDeviceConfigurations(client) });
    } catch (error) {
      setState({ kind: 'failed', message: describeFailure(error).text });
    }
  }, [client]);

  const shown = state.kind === 'loaded' ? filterConfigurations(state.items, filter) : [];

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) void load();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<ListRegular />} disabled={disabled}>
          Choose configuration
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Choose a device configuration</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label="Filter by name">
              <Input value={filter} onChange={(_, d) => setFilter(d.value)} placeholder="e.g. kiosk" />
            </Field>
            <div role="status">
              {state.kind === 'loading' && <Spinner size="small" label="Loading device configurations from Microsoft Graph…" />}
              {state.kind === 'loaded' && (
                <Text size={200}>
                  {shown.length === state.items.length ? `${state.items.length} configurations` : `${shown.length} of ${state.items.length} configurations match`}
                </Text>
              )}
            </div>
            {state.kind === 'failed' && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  {state.message}{' '}
                  <Button size="small" onClick={() => void load()}>
                    Try again
                  </Button>
                </MessageBarBody>
              </MessageBar>
            )}
            {state.kind === 'loaded' && (
              <ul className={styles.list} aria-label="Device configurations">
                {shown.map((c) => (
                  <li key={c.id}>
                    <Button
                      appearance="subtle"
                      className={styles.item}
                      aria-label={`${c.displayName} (${c.odataType})`}
                      onClick={() => {
                        onPick(c);
                        setOpen(false);
                      }}
                    >
                      <span className={styles.itemText}>
                        <span>{c.displayName}</span>
                        <span className={styles.meta}>
                          {c.odataType} · {c.id}
                        </span>
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
