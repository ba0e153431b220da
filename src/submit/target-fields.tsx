// Choosing the target: the device configuration ID (typed or picked from the tenant) and which
// of the three documented paths of the action to POST to.
import { Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { GUID_PATTERN } from '../kiosk';
import type { RequestPathKind } from '../graph/endpoints';
import type { GraphClient } from '../graph/graph-client';
import { ConfigurationPickerButton } from './configuration-picker-button';
import type { TargetState } from './target';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  idRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  idField: { flexGrow: 1, minWidth: '18rem' },
  picked: { color: tokens.colorNeutralForeground3 },
});

function idMessage(value: string | undefined, name: string): string | undefined {
  const v = value?.trim() ?? '';
  if (v === '') return undefined;
  return GUID_PATTERN.test(v) ? undefined : `The ${name} is a GUID like 1b4e28ba-2fa1-11d2-883f-0016d3cca427. Copy it from the Intune admin center URL or choose the configuration from the list.`;
}

interface TargetFieldsProps {
  target: TargetState;
  onChange: (target: TargetState) => void;
  client: GraphClient;
  canList: boolean;
}

export function TargetFields({ target, onChange, client, canList }: TargetFieldsProps) {
  const styles = useStyles();
  const set = (patch: Partial<TargetState>) => onChange({ ...target, ...patch });
  const dcMessage = idMessage(target.deviceConfigurationId, 'device configuration ID');
  const gaMessage = idMessage(target.groupAssignmentId, 'group assignment ID');
  const naMessage = idMessage(target.networkAccessConfigurationId, 'network access configuration ID');

  return (
    <div className={styles.root}>
      <div className={styles.idRow}>
        <Field
          className={styles.idField}
          label="Device configuration ID"
          validationState={dcMessage ? 'error' : 'none'}
          validationMessage={dcMessage}
          hint={target.displayName ? `Chosen: ${target.displayName}` : canList ? undefined : 'Sign in to choose from your tenant, or paste the ID.'}
        >
          <Input
            value={target.deviceConfigurationId}
            onChange={(_, d) => set({ deviceConfigurationId: d.value, displayName: undefined })}
            placeholder="00000000-0000-0000-0000-000000000000"
          />
        </Field>
        <ConfigurationPickerButton client={client} disabled={!canList} onPick={(c) => set({ deviceConfigurationId: c.id, displayName: c.displayName })} />
      </div>
      <Field label="Request path">
        <RadioGroup value={target.kind} onChange={(_, d) => set({ kind: d.value as RequestPathKind })}>
          <Radio value="direct" label="Directly on the device configuration" />
          <Radio value="groupAssignment" label="Through a group assignment of the configuration" />
          <Radio value="networkAccess" label="Through a domain-join configuration's network access configuration" />
        </RadioGroup>
      </Field>
      {target.kind === 'groupAssignment' && (
        <Field label="Group assignment ID" required validationState={gaMessage ? 'error' : 'none'} validationMessage={gaMessage}>
          <Input value={target.groupAssignmentId ?? ''} onChange={(_, d) => set({ groupAssignmentId: d.value })} />
        </Field>
      )}
      {target.kind === 'networkAccess' && (
        <Field label="Network access configuration ID" required validationState={naMessage ? 'error' : 'none'} validationMessage={naMessage}>
          <Input value={target.networkAccessConfigurationId ?? ''} onChange={(_, d) => set({ networkAccessConfigurationId: d.value })} />
        </Field>
      )}
      {target.displayName === undefined ? null : (
        <Text size={200} className={styles.picked}>
          Profiles are sent to “{target.displayName}”.
        </Text>
      )}
    </div>
  );
}
