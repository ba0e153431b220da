// National-cloud table: which Entra ID login host and which Microsoft Graph host belong together,
// plus the three derived values the app needs (Graph beta base URL, write scope, MSAL authority).
// Tokens are not interchangeable between clouds, so the two hosts must always come from one row.
// Hosts: https://learn.microsoft.com/en-us/graph/deployments
// Fully-qualified scopes use the cloud's Graph host: https://learn.microsoft.com/en-us/graph/sdks/national-clouds

export type CloudName = 'global' | 'usgov' | 'usgovdod' | 'china';

export const CLOUD_NAMES: readonly CloudName[] = ['global', 'usgov', 'usgovdod', 'china'];

export interface CloudEndpoints {
  /** Shown to the admin, e.g. in the settings panel and the sign-in screen. */
  label: string;
  /** Entra ID authority host (no scheme). */
  loginHost: string;
  /** Microsoft Graph host (no scheme). */
  graphHost: string;
  /** Azure portal of that cloud, where the app registration lives. */
  portal: string;
}

export const CLOUDS: Readonly<Record<CloudName, CloudEndpoints>> = {
  global: {
    label: 'Global (commercial, incl. GCC)',
    loginHost: 'login.microsoftonline.com',
    graphHost: 'graph.microsoft.com',
    portal: 'https://portal.azure.com',
  },
  usgov: {
    label: 'US Government L4 (GCC High)',
    loginHost: 'login.microsoftonline.us',
    graphHost: 'graph.microsoft.us',
    portal: 'https://portal.azure.us',
  },
  usgovdod: {
    label: 'US Government L5 (DoD)',
    loginHost: 'login.microsoftonline.us',
    graphHost: 'dod-graph.microsoft.us',
    portal: 'https://portal.azure.us',
  },
  china: {
    label: 'China (operated by 21Vianet)',
    loginHost: 'login.chinacloudapi.cn',
    graphHost: 'microsoftgraph.chinacloudapi.cn',
    portal: 'https://portal.azure.cn',
  },
};

export function isCloudName(value: unknown): value is CloudName {
  return typeof value === 'string' && (CLOUD_NAMES as readonly string[]).includes(value);
}

/** Graph beta root, e.g. https://graph.microsoft.com/beta (the beta path is the same on every cloud). */
export function graphBaseUrl(cloud: CloudName): string {
  return `https://${CLOUDS[cloud].graphHost}/beta`;
}

/**
 * The one scope the app asks for. The assignedAccessMultiModeProfiles action needs
 * DeviceManagementConfiguration.ReadWrite.All (delegated):
 * https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-assignedaccessmultimodeprofiles?view=graph-rest-beta#permissions
 */
export function writeScope(cloud: CloudName): string {
  return `https://${CLOUDS[cloud].graphHost}/DeviceManagementConfiguration.ReadWrite.All`;
}

/** MSAL authority, e.g. https://login.microsoftonline.com/organizations. */
export function authority(cloud: CloudName, tenantId: string): string {
  return `https://${CLOUDS[cloud].loginHost}/${tenantId}`;
}
