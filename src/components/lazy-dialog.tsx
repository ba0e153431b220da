// Dialogs load on first use: the button is in the first screen's JavaScript, the dialog (and
// Fluent's dialog code) arrive as a separate chunk when opened. A chunk that fails to load
// (offline, a new deployment) becomes a message instead of a broken panel.
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { Component, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { isChunkLoadError } from './chunk-load-error';

const useStyles = makeStyles({
  // Shown over the page, bottom centre, like a toast: the button that failed may sit in the top
  // bar or a list header, where an inline message would push the layout apart.
  toast: {
    position: 'fixed',
    insetBlockEnd: tokens.spacingVerticalXXL,
    insetInlineStart: '50%',
    transform: 'translateX(-50%)',
    width: 'min(36rem, calc(100vw - 2rem))',
    zIndex: 1000000,
    boxShadow: tokens.shadow16,
  },
});

/** A chunk that did not download says so in words; anything else keeps its own message. */
function describe(error: Error): string {
  return isChunkLoadError(error) ? 'its code could not be downloaded' : error.message;
}

function LoadFailure({ error, onDismiss }: { error: Error; onDismiss: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" role="alert" layout="multiline" className={styles.toast}>
      <MessageBarBody>
        This dialog could not be opened: {describe(error)}. Check the connection and reload the page; your design is kept in this browser.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export class LoadBoundary extends Component<{ children: ReactNode; onReset: () => void }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <LoadFailure
        error={this.state.error}
        onDismiss={() => {
          this.setState({ error: null });
          this.props.onReset();
        }}
      />
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
  /** After a load failure is dismissed: unmount, so the next click tries (and reports) again. */
  const reset = useCallback(() => {
    setOpen(false);
    setMounted(false);
  }, []);
  return { open, setOpen, mounted, target, setTarget, toggle, reset };
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
  /** After a load failure is dismissed: unmount, so the next click tries (and reports) again. */
  const reset = useCallback(() => {
    setOpen(false);
    setMounted(false);
  }, []);
  return { open, mounted, trigger, show, onOpenChange, reset };
}

export function LazyMount({ mounted, onReset, children }: { mounted: boolean; onReset: () => void; children: ReactNode }) {
  if (!mounted) return null;
  return (
    <LoadBoundary onReset={onReset}>
      <Suspense fallback={null}>{children}</Suspense>
    </LoadBoundary>
  );
}
