import { describe, expect, it } from 'vitest';
import { EDGE_STABLE_AUMID, EXPLORER_PATH, missingCompanions } from './companions';

const EDGE = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe';
const PROXY = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge_proxy.exe';

describe('missingCompanions', () => {
  it('Edge (msedge.exe) needs msedge_proxy.exe and its packaged id, on the msedge.exe entry', () => {
    const needs = missingCompanions(['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'], ['%windir%\\explorer.exe', EDGE]);
    expect(needs.map(({ list, index, addTo, value }) => ({ list, index, addTo, value }))).toEqual([
      { list: 'desktopAppPaths', index: 1, addTo: 'desktopAppPaths', value: PROXY },
      { list: 'desktopAppPaths', index: 1, addTo: 'appUserModelIds', value: EDGE_STABLE_AUMID },
    ]);
  });

  it('keeps the admin\'s own root for the proxy path', () => {
    const [need] = missingCompanions([EDGE_STABLE_AUMID], ['C:/Program Files (x86)/Microsoft/Edge/Application/msedge.exe']);
    expect(need?.value).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge_proxy.exe');
  });

  it('is satisfied by the full Edge set, whatever the root or case', () => {
    expect(missingCompanions([EDGE_STABLE_AUMID.toLowerCase()], [EDGE, 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\MSEDGE_PROXY.EXE'])).toEqual([]);
  });

  it('msedge_proxy.exe alone needs msedge.exe', () => {
    expect(missingCompanions([EDGE_STABLE_AUMID], [PROXY]).map((n) => n.value)).toEqual([EDGE]);
  });

  it('Microsoft.Windows.Explorer needs explorer.exe', () => {
    expect(missingCompanions(['Microsoft.Windows.Explorer'], []).map((n) => [n.list, n.index, n.value])).toEqual([['appUserModelIds', 0, EXPLORER_PATH]]);
    expect(missingCompanions(['Microsoft.Windows.Explorer'], ['C:\\Windows\\explorer.exe'])).toEqual([]);
  });

  it('does not nag about apps without companions', () => {
    expect(missingCompanions(['MSEdge', 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'], ['%windir%\\System32\\cmd.exe', 'C:\\Apps\\msedge.exe'])).toEqual([]);
  });
});
