import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../kiosk';
import { ListEditor, splitEntries } from './list-editor';

function Harness({ initial = [] as string[], findings = new Map<string, Finding[]>(), spy = vi.fn() }) {
  const [values, setValues] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <ListEditor
        label="App user model IDs"
        inputLabel="Add app user model ID"
        placeholder=""
        field="appUserModelIds"
        profileIndex={0}
        values={values}
        findings={findings}
        onChange={(v) => {
          spy(v);
          setValues(v);
        }}
      />
    </FluentProvider>
  );
}

describe('ListEditor', () => {
  it('adds the typed entry on Enter, trimmed', async () => {
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    const box = screen.getByRole('group', { name: 'App user model IDs' }).querySelector('input');
    expect(box).not.toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: 'Add app user model ID' }), '  a_8wekyb3d8bbwe!App  {Enter}');
    expect(spy).toHaveBeenLastCalledWith(['a_8wekyb3d8bbwe!App']);
    expect(screen.getByRole('textbox', { name: 'Add app user model ID' })).toHaveValue('');
  });

  it('adds one entry per pasted line and skips duplicates with a message', () => {
    const spy = vi.fn();
    render(<Harness initial={['b!App']} spy={spy} />);
    const box = screen.getByRole('textbox', { name: 'Add app user model ID' });
    fireEvent.paste(box, { clipboardData: { getData: () => 'a!App\r\n\n  c!App \nB!APP' } });
    expect(spy).toHaveBeenLastCalledWith(['b!App', 'a!App', 'c!App']);
    expect(screen.getByText(/Already in the list/)).toHaveTextContent('B!APP');
  });

  it('removes an entry with its button', async () => {
    const spy = vi.fn();
    render(<Harness initial={['a!App', 'b!App']} spy={spy} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove a!App' }));
    expect(spy).toHaveBeenLastCalledWith(['b!App']);
  });

  it('shows a finding beside the entry it is about', () => {
    const findings = new Map<string, Finding[]>([
      ['/assignedAccessMultiModeProfiles/0/appUserModelIds/1', [{ path: '/assignedAccessMultiModeProfiles/0/appUserModelIds/1', severity: 'error', code: 'x', message: 'Duplicate of entry 1.' }]],
    ]);
    render(<Harness initial={['a!App', 'a!app']} findings={findings} />);
    const rows = screen.getAllByRole('listitem');
    expect(rows[1]).toHaveTextContent('Duplicate of entry 1.');
    expect(rows[0]).not.toHaveTextContent('Duplicate');
  });

  it('splits lines of any ending', () => {
    expect(splitEntries('a\r\nb\rc\n\n d ')).toEqual(['a', 'b', 'c', 'd']);
  });
});
