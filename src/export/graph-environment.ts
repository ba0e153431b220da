// Which Microsoft Graph PowerShell environment (Connect-MgGraph -Environment) belongs to each
// national cloud of the app's configuration.
// https://learn.microsoft.com/powershell/microsoftgraph/authentication-commands#using-connect-mggraph-in-national-clouds
import type { CloudName } from '../config/clouds';
import type { GraphEnvironment } from '../kiosk';

const ENVIRONMENTS: Readonly<Record<CloudName, GraphEnvironment>> = {
  global: 'Global',
  usgov: 'USGov',
  usgovdod: 'USGovDoD',
  china: 'China',
};

export function graphEnvironment(cloud: CloudName): GraphEnvironment {
  return ENVIRONMENTS[cloud];
}
