// Pretty-prints the request body exactly as JSON.stringify(toGraphBody(design), null, 2) would,
// but one profile at a time with a cache keyed by profile identity: typing in one profile
// re-serialises only that profile, however big the rest of the design is.
import { toGraphBody, type Design, type Profile } from '../kiosk';

const fragmentCache = new WeakMap<Profile, string>();
const INDENT = '    ';

/** The pretty JSON of one profile as it sits inside the body (indented four spaces). */
export function profileFragment(profile: Profile): string {
  let text = fragmentCache.get(profile);
  if (text === undefined) {
    const graphProfile = toGraphBody([profile]).assignedAccessMultiModeProfiles[0];
    text = INDENT + JSON.stringify(graphProfile, null, 2).replace(/\n/g, '\n' + INDENT);
    fragmentCache.set(profile, text);
  }
  return text;
}

export const BODY_HEAD = '{\n  "assignedAccessMultiModeProfiles": [\n';
export const BODY_TAIL = '\n  ]\n}';
export const EMPTY_BODY = '{\n  "assignedAccessMultiModeProfiles": []\n}';

export function formatRequestBody(design: Design): string {
  if (design.length === 0) return EMPTY_BODY;
  return BODY_HEAD + design.map(profileFragment).join(',\n') + BODY_TAIL;
}
