import { describe, expect, it } from 'vitest';
import { customConfigurationBodyText, defaultCustomConfigurationName } from './custom-configuration';

describe('custom OMA-URI configuration body', () => {
  it('matches the quickstart: windows10CustomConfiguration with one omaSettingString on the Configuration node', () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?>\n<AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config">…</AssignedAccessConfiguration>\n';
    const text = customConfigurationBodyText(xml, 'Kiosk: Lobby', 'Made by Kiosk Profile Designer');
    expect(JSON.parse(text)).toEqual({
      '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
      displayName: 'Kiosk: Lobby',
      description: 'Made by Kiosk Profile Designer',
      roleScopeTagIds: ['0'],
      omaSettings: [
        {
          '@odata.type': '#microsoft.graph.omaSettingString',
          displayName: 'Configuration',
          omaUri: './Vendor/MSFT/AssignedAccess/Configuration',
          value: xml,
        },
      ],
    });
    expect(text.split('\n')[1]).toBe('  "@odata.type": "#microsoft.graph.windows10CustomConfiguration",');
  });

  it('names the configuration after the profiles, cut to 100 characters without splitting an emoji', () => {
    expect(defaultCustomConfigurationName([' Lobby ', '', 'Warehouse'])).toBe('Kiosk: Lobby, Warehouse');
    expect(defaultCustomConfigurationName([])).toBe('Kiosk: Assigned Access');
    const long = defaultCustomConfigurationName(['🖥️'.repeat(60)]);
    expect(Array.from(long)).toHaveLength(100);
    expect(long.endsWith('…')).toBe(true);
    expect(long).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
