// A slot whose code fails to download says so in place and can try again; a bug inside the slot
// is not dressed up as a download problem.
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { DeferredSlot } from './deferred-slot';

const chunkError = () => new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/submit-panel-x.js');

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

class Outer extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>outer caught: {this.state.error.message}</p> : this.props.children;
  }
}

const wrap = (node: ReactNode) => render(<FluentProvider theme={webLightTheme}><Outer>{node}</Outer></FluentProvider>);

describe('DeferredSlot', () => {
  it('shows the component once its code has arrived after the first screen', async () => {
    wrap(<DeferredSlot load={() => Promise.resolve({ default: Greeting })} props={{ name: 'Ada' }} what="The greeting" fallback={<p>Loading…</p>} />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
  });

  it('says in place when the code cannot be downloaded, and loads it on "Try again"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<{ default: typeof Greeting }>>()
      .mockRejectedValueOnce(chunkError())
      .mockResolvedValue({ default: Greeting });
    wrap(<DeferredSlot load={load} props={{ name: 'Ada' }} what="The greeting" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The greeting could not be downloaded. Check the connection and try again, or reload the page; your design is kept');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
  });

  it('passes any other error on to the panel around it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): ReactNode {
      throw new Error('a bug in the slot');
    }
    wrap(<DeferredSlot load={() => Promise.resolve({ default: Broken })} props={{}} what="The broken part" />);
    expect(await screen.findByText('outer caught: a bug in the slot')).toBeInTheDocument();
    expect(screen.queryByText(/could not be downloaded/)).toBeNull();
    vi.restoreAllMocks();
  });
});
