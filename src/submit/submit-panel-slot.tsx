// Where the submit panel goes. Its code (the Graph client, target picker, error handling) is not
// needed to start designing, so it loads right after the first screen is up.
import { Text } from '@fluentui/react-components';
import { DeferredSlot } from '../components/deferred-slot';
import type { SubmitPanelProps } from './submit-panel';

const load = () => import('./submit-panel');
const loading = <Text role="status">Loading the submit panel…</Text>;

export function SubmitPanelSlot(props: SubmitPanelProps) {
  return <DeferredSlot load={load} props={props} what="The submit panel" fallback={loading} />;
}
