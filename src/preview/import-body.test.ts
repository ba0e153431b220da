import { describe, expect, it } from 'vitest';
import { newProfile, toGraphBody } from '../kiosk';
import { importBodyFile, importBodyText } from './import-body';

describe('importBodyText', () => {
  it('reads back a body made by toGraphBody', () => {
    const design = [newProfile({ profileName: 'Lobby', appUserModelIds: ['a!App'], startMenuLayoutXml: '<a>é</a>' })];
    const result = importBodyText(JSON.stringify(toGraphBody(design)), 'x');
    expect(result).toEqual({ ok: true, design, warnings: [] });
  });

  it('refuses text that is not JSON, naming the source', () => {
    const result = importBodyText('{"assignedAccessMultiModeProfiles": [', '"a.json"');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^"a\.json" is not valid JSON/);
  });

  it('refuses a body with errors and lists them', () => {
    const result = importBodyText(JSON.stringify({ assignedAccessMultiModeProfiles: [{ profileName: 'x', showTaskBar: 'yes' }] }), 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings.length).toBeGreaterThan(0);
  });

  it('refuses empty input and bodies without profiles', () => {
    expect(importBodyText('  ', 'x').ok).toBe(false);
    expect(importBodyText('{"assignedAccessMultiModeProfiles": []}', 'x').ok).toBe(false);
  });

  it('decodes files with a UTF-16 BOM and refuses binary junk', () => {
    const text = JSON.stringify(toGraphBody([newProfile({ profileName: 'Ü' })]));
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16[0] = 0xff;
    utf16[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(importBodyFile('a.json', utf16).ok).toBe(true);
    const junk = importBodyFile('a.json', new Uint8Array([0xc3, 0x28, 0xff]));
    expect(junk.ok).toBe(false);
  });
});
