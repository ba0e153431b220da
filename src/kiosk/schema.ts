// The profile schema: the single source of truth for what a kiosk profile is in the designer.
// Types come from z.infer; the form (zodResolver), import and lint build on it.
// Shape mirrors Graph beta windowsAssignedAccessProfile, except startMenuLayoutXml holds the XML
// *text* here ('' = no layout); it becomes base64 only in the request body (graph-body.ts).
// https://learn.microsoft.com/en-us/graph/api/resources/intune-deviceconfig-windowsassignedaccessprofile?view=graph-rest-beta
// zod/mini: the same schemas in a tree-shakable form (~7 KB instead of ~25 KB gzip in the first screen).
import * as z from 'zod/mini';

/** Brace-less GUID, as in the Graph doc example id `cfa70299-0299-cfa7-9902-a7cf9902a7cf`. */
export const GUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export const PROFILE_NAME_MAX_LENGTH = 200;

export const PROFILE_ID_MESSAGE = 'Profile id must be a GUID like 1b4e28ba-2fa1-11d2-883f-0016d3cca427';
export const PROFILE_NAME_EMPTY_MESSAGE = 'Give the profile a name — Intune shows it to admins.';

export const profileSchema = z.object({
  id: z.string().check(z.regex(GUID_PATTERN, { error: PROFILE_ID_MESSAGE })),
  // No trim: the form must keep exactly what the user typed; toGraphBody trims on the way out.
  profileName: z.string().check(
    z.refine((name) => name.trim().length > 0, { error: PROFILE_NAME_EMPTY_MESSAGE }),
    z.maxLength(PROFILE_NAME_MAX_LENGTH, {
      error: `Keep the profile name to ${PROFILE_NAME_MAX_LENGTH} characters or fewer.`,
    }),
  ),
  showTaskBar: z.boolean(),
  appUserModelIds: z.array(z.string()),
  desktopAppPaths: z.array(z.string()),
  userAccounts: z.array(z.string()),
  startMenuLayoutXml: z.string(),
});

/** A design is the list of profiles sent in one assignedAccessMultiModeProfiles call. */
export const designSchema = z.array(profileSchema);

/** Same shape without content rules: restores half-finished drafts from browser storage safely. */
export const profileDraftSchema = z.object({
  id: z.string(),
  profileName: z.string(),
  showTaskBar: z.boolean(),
  appUserModelIds: z.array(z.string()),
  desktopAppPaths: z.array(z.string()),
  userAccounts: z.array(z.string()),
  startMenuLayoutXml: z.string(),
});

export const designDraftSchema = z.array(profileDraftSchema);

export type Profile = z.infer<typeof profileSchema>;
export type Design = Profile[];
export type ProfileDraft = z.infer<typeof profileDraftSchema>;
export type DesignDraft = ProfileDraft[];

/** A blank profile with a fresh id; the taskbar is shown by default. */
export function newProfile(overrides: Partial<Profile> = {}): Profile {
  const profile: Profile = {
    id: crypto.randomUUID(),
    profileName: '',
    showTaskBar: true,
    appUserModelIds: [],
    desktopAppPaths: [],
    userAccounts: [],
    startMenuLayoutXml: '',
  };
  // Copy known keys only, and skip explicit `undefined`, so a partial never blanks a field.
  if (overrides.id !== undefined) profile.id = overrides.id;
  if (overrides.profileName !== undefined) profile.profileName = overrides.profileName;
  if (overrides.showTaskBar !== undefined) profile.showTaskBar = overrides.showTaskBar;
  if (overrides.appUserModelIds !== undefined) profile.appUserModelIds = [...overrides.appUserModelIds];
  if (overrides.desktopAppPaths !== undefined) profile.desktopAppPaths = [...overrides.desktopAppPaths];
  if (overrides.userAccounts !== undefined) profile.userAccounts = [...overrides.userAccounts];
  if (overrides.startMenuLayoutXml !== undefined) profile.startMenuLayoutXml = overrides.startMenuLayoutXml;
  return profile;
}

/**
 * Copy of `profile` with a new id and a name not in `existingNames` (compared trimmed and
 * case-insensitively): "X (copy)", then "X (copy 2)", "X (copy 3)", …
 */
export function duplicateProfile(profile: Profile, existingNames: Iterable<string>): Profile {
  const taken = new Set<string>();
  for (const name of existingNames) taken.add(name.trim().toLowerCase());
  const base = profile.profileName.trim() || 'Profile';
  let name = `${base} (copy)`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (copy ${n})`;
  return {
    ...profile,
    id: crypto.randomUUID(),
    profileName: name,
    appUserModelIds: [...profile.appUserModelIds],
    desktopAppPaths: [...profile.desktopAppPaths],
    userAccounts: [...profile.userAccounts],
  };
}
