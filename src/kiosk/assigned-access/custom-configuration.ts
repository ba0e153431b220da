// The custom OMA-URI route: a Graph request that creates a windows10CustomConfiguration whose one
// omaSettingString puts the Assigned Access XML on ./Vendor/MSFT/AssignedAccess/Configuration.
// For admins who cannot use the assignedAccessMultiModeProfiles action, and for Windows 11, where
// Intune's kiosk template supports only single-app kiosks. The XML goes in as a plain JSON string
// (no HTML-encoding, no base64), as in Microsoft's quickstart.
// Quickstart: https://learn.microsoft.com/windows/configuration/assigned-access/quickstart-restricted-user-experience (Intune/Graph tab)
// Type:       https://learn.microsoft.com/en-us/graph/api/resources/intune-deviceconfig-windows10customconfiguration?view=graph-rest-beta
import { ASSIGNED_ACCESS_OMA_URI } from './namespaces';

/** POST path relative to the Graph beta root; creating the profile does not assign it. */
export const CUSTOM_CONFIGURATION_PATH = '/deviceManagement/deviceConfigurations';

export interface CustomConfigurationBody {
  '@odata.type': '#microsoft.graph.windows10CustomConfiguration';
  displayName: string;
  description: string;
  roleScopeTagIds: string[];
  omaSettings: {
    '@odata.type': '#microsoft.graph.omaSettingString';
    displayName: 'Configuration';
    omaUri: typeof ASSIGNED_ACCESS_OMA_URI;
    value: string;
  }[];
}

export function customConfigurationBody(xml: string, displayName: string, description: string): CustomConfigurationBody {
  return {
    '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
    displayName,
    description,
    // "0" is the Default scope tag, as in the quickstart.
    roleScopeTagIds: ['0'],
    omaSettings: [
      {
        '@odata.type': '#microsoft.graph.omaSettingString',
        displayName: 'Configuration',
        omaUri: ASSIGNED_ACCESS_OMA_URI,
        value: xml,
      },
    ],
  };
}

/** The body as sent and shown: two-space JSON, like the designer's own request body. */
export function customConfigurationBodyText(xml: string, displayName: string, description: string): string {
  return JSON.stringify(customConfigurationBody(xml, displayName, description), null, 2);
}

/** A display name for the new profile from the design's profile names, e.g. "Kiosk: Front desk, Warehouse". */
export function defaultCustomConfigurationName(profileNames: readonly string[]): string {
  const names = profileNames.map((name) => name.trim()).filter((name) => name !== '');
  const joined = names.length === 0 ? 'Assigned Access' : names.join(', ');
  // Cut by code points, so an emoji is never split in half.
  const full = Array.from(`Kiosk: ${joined}`);
  return full.length <= 100 ? full.join('') : `${full.slice(0, 99).join('')}…`;
}
