// "Choose configuration": the button; the picker (and its Graph listing) loads when opened.
import { Button } from '@fluentui/react-components';
import { ListRegular } from '@fluentui/react-icons';
import { lazy } from 'react';
import type { DeviceConfigurationSummary } from '../graph/endpoints';
import type { GraphClient } from '../graph/graph-client';
import { LazyMount, useLazyDialog } from '../components/lazy-dialog';

const ConfigurationPicker = lazy(() => import('./configuration-picker').then((m) => ({ default: m.ConfigurationPicker })));

interface Props {
  client: GraphClient;
  disabled: boolean;
  onPick: (configuration: DeviceConfigurationSummary) => void;
}

export function ConfigurationPickerButton({ client, disabled, onPick }: Props) {
  const { open, mounted, trigger, show, onOpenChange, reset } = useLazyDialog();
  return (
    <>
      <Button ref={trigger} icon={<ListRegular />} disabled={disabled} onClick={show}>
        Choose configuration
      </Button>
      <LazyMount mounted={mounted} onReset={reset}>
        <ConfigurationPicker open={open} onOpenChange={onOpenChange} client={client} onPick={onPick} />
      </LazyMount>
    </>
  );
}
