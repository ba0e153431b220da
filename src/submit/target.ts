// Where the profiles go: the device configuration and the form of the action's path, kept in the
// browser with the draft so a reload or sign-in redirect does not lose it.
import { graphBaseUrl, type CloudName } from '../config/clouds';
import { actionPath, type SubmitTarget } from '../graph/endpoints';

export interface TargetState extends SubmitTarget {
  /** Display name when the configuration was picked from the tenant's list. */
  displayName?: string;
}

export const EMPTY_TARGET: TargetState = { kind: 'direct', deviceConfigurationId: '', groupAssignmentId: '', networkAccessConfigurationId: '' };
const KEY = 'kiosk-profile-designer:target:v1';

export function loadTarget(storage: Storage | null): TargetState {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return EMPTY_TARGET;
    const v = JSON.parse(raw) as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === 'string' ? x : '');
    const kind = v.kind === 'groupAssignment' || v.kind === 'networkAccess' ? v.kind : 'direct';
    const target: TargetState = {
      kind,
      deviceConfigurationId: str(v.deviceConfigurationId),
      groupAssignmentId: str(v.groupAssignmentId),
      networkAccessConfigurationId: str(v.networkAccessConfigurationId),
    };
    if (typeof v.displayName === 'string') target.displayName = v.displayName;
    return target;
  } catch {
    return EMPTY_TARGET;
  }
}

export function saveTarget(storage: Storage | null, target: TargetState): void {
  try {
    storage?.setItem(KEY, JSON.stringify(target));
  } catch {
    // The draft warning already tells the admin when storage is unavailable.
  }
}

/** The URL as it will be sent, with readable placeholders for ids not filled in yet. */
export function displayUrl(cloud: CloudName, target: SubmitTarget): string {
  const placeholders: [keyof SubmitTarget, string, string][] = [
    ['deviceConfigurationId', 'X-DEVICE-CONFIGURATION-ID', '{deviceConfigurationId}'],
    ['groupAssignmentId', 'X-GROUP-ASSIGNMENT-ID', '{groupAssignmentId}'],
    ['networkAccessConfigurationId', 'X-NETWORK-ACCESS-ID', '{networkAccessConfigurationId}'],
  ];
  const filled: SubmitTarget = { ...target };
  for (const [key, token] of placeholders) {
    const value = filled[key];
    if (typeof value !== 'string' || value.trim() === '') (filled as unknown as Record<string, string>)[key] = token;
    else (filled as unknown as Record<string, string>)[key] = value.trim();
  }
  let path = actionPath(filled);
  for (const [, token, shown] of placeholders) path = path.replace(token, shown);
  return graphBaseUrl(cloud) + path;
}
