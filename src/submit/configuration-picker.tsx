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
import { useCallback, useEffect, useState } from 'react';
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

export interface ConfigurationPickerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  client: GraphClient;
  onPick: (configuration: DeviceConfigurationSummary) => void;
}

export function ConfigurationPicker({ open, onOpenChange: setOpen, client, onPick }: ConfigurationPickerProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState('');
  const [state, setState] = useState<{ kind: 'loading' } | { kind: 'loaded'; items: DeviceConfigurationSummary[] } | { kind: 'failed'; message: string }>({
    kind: 'loading',
  });

  const load = useCallback(async () => {
    try {
      setState({ kind: 'loaded', items: await listDeviceConfigurations(client) });
    } catch (error) {
      setState({ kind: 'failed', message: describeFailure(error).text });
    }
  }, [client]);

  // Load the tenant's list each time the dialog opens, so it reflects changes made in Intune.
  useEffect(() => {
    // Fetching from Graph when the dialog opens is synchronising with an external system; load()
    // only sets state after the request settles.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (open) void load();
  }, [open, load]);

  const shown = state.kind === 'loaded' ? filterConfigurations(state.items, filter) : [];

  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
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
                  <Button
                    size="small"
                    onClick={() => {
                      setState({ kind: 'loading' });
                      void load();
                    }}
                  >
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
