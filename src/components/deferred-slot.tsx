// A part of the screen that loads just after the first screen (the submit panel, the export
// tools, the troubleshooting notes). If its code cannot be downloaded (offline, or a new
// deployment replaced the files), the slot says so in place and offers to try again; the rest
// of the app, the design and the panel around it are untouched. Anything else the slot throws
// is a bug, not a download problem, and goes on to the panel's own error boundary.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, Suspense, lazy, useState, type ComponentType, type ReactNode } from 'react';
import { isChunkLoadError } from './chunk-load-error';
import { useAfterFirstPaint } from './use-after-first-paint';

class SlotBoundary extends Component<{ what: string; onRetry: () => void; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (!isChunkLoadError(error)) throw error;
    return (
      <MessageBar intent="warning" role="alert" layout="multiline">
        <MessageBarBody>
          {this.props.what} could not be downloaded. Check the connection and try again, or reload the page; your design is kept in this
          browser.
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={this.props.onRetry}>
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

interface DeferredSlotProps<P extends object> {
  /** The dynamic import of the slot's component. */
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
  /** What the slot holds, as the start of a sentence: "The submit panel". */
  what: string;
  /** Shown until the code has arrived. */
  fallback?: ReactNode;
}

export function DeferredSlot<P extends object>({ load, props, what, fallback = null }: DeferredSlotProps<P>) {
  const ready = useAfterFirstPaint();
  // React caches a lazy component's failed import; trying again needs a fresh one.
  const [attempt, setAttempt] = useState(() => ({ n: 0, Lazy: lazy(load) }));
  if (!ready) return fallback;
  const { Lazy } = attempt;
  return (
    <SlotBoundary key={attempt.n} what={what} onRetry={() => setAttempt((a) => ({ n: a.n + 1, Lazy: lazy(load) }))}>
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    </SlotBoundary>
  );
}
