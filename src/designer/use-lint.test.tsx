// The rules load after the first screen. A chunk that cannot be fetched must end in a clear
// failure (and a way to try again), never in "Checking the design…" forever.
import { describe, expect, it, vi } from 'vitest';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { lintDesign, newProfile } from '../kiosk';
import { FindingsPanel } from './findings-panel';
import { resetLoadedLint, useLint } from './use-lint';

const design = [newProfile()];

describe('useLint', () => {
  it('reports a chunk that fails to load, and checks the design once a retry loads it', async () => {
    resetLoadedLint();
    const load = vi
      .fn<() => Promise<{ lintDesign: typeof lintDesign }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ lintDesign });
    const { result } = renderHook(() => useLint(design, load));
    expect(result.current.findings).toBeNull();
    await waitFor(() => expect(result.current.failed).toBe(true));
    expect(result.current.findings).toBeNull();

    act(() => result.current.retry());
    expect(result.current.failed).toBe(false);
    await waitFor(() => expect(result.current.findings).toEqual(lintDesign(design)));
    expect(load).toHaveBeenCalledTimes(2);
    resetLoadedLint();
  });
});

describe('FindingsPanel', () => {
  const wrap = (node: React.ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

  it('says the design is not checked when the rules failed, and offers to try again', async () => {
    const onRetry = vi.fn();
    wrap(<FindingsPanel findings={[]} checking failed onRetry={onRetry} profiles={design} onGoTo={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/design rules could not be loaded.*Reload the page; your design is kept/);
    expect(screen.getByText('Not checked.')).toBeVisible();
    expect(screen.queryByText('Checking the design…')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('is busy while the check has not caught up with the design', () => {
    const { rerender } = wrap(<FindingsPanel findings={[]} pending profiles={design} onGoTo={() => undefined} />);
    expect(screen.getByRole('region', { name: 'Findings' })).toHaveAttribute('aria-busy', 'true');
    rerender(
      <FluentProvider theme={webLightTheme}>
        <FindingsPanel findings={[]} profiles={design} onGoTo={() => undefined} />
      </FluentProvider>,
    );
    expect(screen.getByRole('region', { name: 'Findings' })).toHaveAttribute('aria-busy', 'false');
  });
});
