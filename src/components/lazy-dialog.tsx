// Dialogs load on first use: the button is in the first screen's JavaScript, the dialog (and
// Fluent's dialog code) arrive as a separate chunk when opened. A chunk that fails to load
// (offline, a new deployment) becomes a message instead of a broken panel.
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Component, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

export class LoadBoundary extends Component<{ children: ReactNode; onReset: () => void }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          This dialog could not be opened ({this.state.error.message}). Check the connection and reload the page; your design is kept in this browser.{' '}
          <Button
            size="small"
            onClick={() => {
              this.setState({ error: null });
              this.props.onReset();
            }}
          >
            Dismiss
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}

/**
 * Popups opened without a Fluent trigger do not hand focus back by themselves: when `open` turns
 * false, focus returns to the element that opened the popup.
 */
export function useReturnFocus(open: boolean, target: HTMLElement | null | { readonly current: HTMLElement | null }) {
  const wasOpen = useRef(open);
  useEffect(() => {
    const element = target && 'current' in target ? target.current : target;
    if (wasOpen.current && !open) element?.focus();
    wasOpen.current = open;
  }, [open, target]);
}

/** Open state for a popup (menu, popover) loaded on first use and anchored to its button. */
export function useAnchoredPopup() {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const [target, setTarget] = useState<HTMLElement | null>(null);
  const toggle = useCallback(() => {
    setMounted(true);
    setOpen((o) => !o);
  }, []);
  return { open, setOpen, mounted, target, setTarget, toggle };
}

/** Open state for a lazily loaded dialog, returning focus to the button that opened it. */
export function useLazyDialog() {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  useReturnFocus(open, trigger);
  const show = useCallback(() => {
    setMounted(true);
    setOpen(true);
  }, []);
  const onOpenChange = useCallback((next: boolean) => setOpen(next), []);
  return { open, mounted, trigger, show, onOpenChange };
}

export function LazyMount({ mounted, onReset, children }: { mounted: boolean; onReset: () => void; children: ReactNode }) {
  if (!mounted) return null;
  return (
    <LoadBoundary onReset={onReset}>
      <Suspense fallback={null}>{children}</Suspense>
    </LoadBoundary>
  );
}
