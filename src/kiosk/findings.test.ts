import { describe, expect, it } from 'vitest';
import type { Finding } from './findings';
import { childPointer, findingsByPath, pointer } from './findings';

describe('pointer', () => {
  it('builds RFC 6901 pointers, escaping ~ and /', () => {
    expect(pointer()).toBe('');
    expect(pointer('assignedAccessMultiModeProfiles', 0, 'appUserModelIds', 2)).toBe('/assignedAccessMultiModeProfiles/0/appUserModelIds/2');
    expect(pointer('a/b', 'm~n', '')).toBe('/a~1b/m~0n/');
    expect(pointer('~1')).toBe('/~01');
  });

  it('appends to an existing pointer', () => {
    expect(childPointer('', 'x')).toBe('/x');
    expect(childPointer('/a/0', 'b/c', 1)).toBe('/a/0/b~1c/1');
  });
});

describe('findingsByPath', () => {
  it('groups findings by path, keeping order', () => {
    const a: Finding = { path: '/x', severity: 'error', code: 'a', message: 'A' };
    const b: Finding = { path: '', severity: 'warning', code: 'b', message: 'B' };
    const c: Finding = { path: '/x', severity: 'warning', code: 'c', message: 'C' };
    const map = findingsByPath([a, b, c]);
    expect([...map.keys()]).toEqual(['/x', '']);
    expect(map.get('/x')).toEqual([a, c]);
    expect(map.get('')).toEqual([b]);
  });
});
