import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newProfile, toGraphBody } from '../kiosk';
import { formatRequestBody } from './format-body';

const entry = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '');

describe('formatRequestBody', () => {
  it('is byte-for-byte JSON.stringify(toGraphBody(design), null, 2)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            profileName: fc.string({ maxLength: 20 }),
            showTaskBar: fc.boolean(),
            appUserModelIds: fc.array(entry, { maxLength: 4 }),
            desktopAppPaths: fc.array(entry, { maxLength: 4 }),
            userAccounts: fc.array(entry, { maxLength: 4 }),
            startMenuLayoutXml: fc.string({ maxLength: 40 }),
          }),
          { maxLength: 4 },
        ),
        (parts) => {
          const design = parts.map((p) => newProfile(p));
          expect(formatRequestBody(design)).toBe(JSON.stringify(toGraphBody(design), null, 2));
        },
      ),
    );
  });

  it('reuses the text of unchanged profiles and re-renders a changed one', () => {
    const a = newProfile({ profileName: 'A' });
    const b = newProfile({ profileName: 'B' });
    const first = formatRequestBody([a, b]);
    const b2 = { ...b, profileName: 'B2' };
    const second = formatRequestBody([a, b2]);
    expect(first).toContain('"profileName": "B"');
    expect(second).toContain('"profileName": "B2"');
    expect(second).toBe(JSON.stringify(toGraphBody([a, b2]), null, 2));
  });
});
