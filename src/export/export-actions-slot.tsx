// "Snippets" and "Assigned Access XML" arrive just after the first screen: they are not needed
// to start designing, and their menu code is not part of the first screen's JavaScript.
import { DeferredSlot } from '../components/deferred-slot';
import type { ExportActionsProps } from './export-actions';

const load = () => import('./export-actions').then((m) => ({ default: m.ExportActions }));

export function ExportActionsSlot(props: ExportActionsProps) {
  return <DeferredSlot load={load} props={props} what="The Snippets and Assigned Access XML tools" />;
}
