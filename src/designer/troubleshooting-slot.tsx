// The troubleshooting section is for after deployment: it loads just after the first screen.
import { DeferredSlot } from '../components/deferred-slot';

const load = () => import('./troubleshooting-panel').then((m) => ({ default: m.TroubleshootingPanel }));

export function TroubleshootingSlot() {
  return <DeferredSlot load={load} props={{}} what="The troubleshooting notes" />;
}
