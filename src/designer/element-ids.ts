// Stable DOM ids derived from a finding's JSON Pointer, so a finding can take focus to its field.
export function idForPath(path: string): string {
  return 'f' + path.replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '__' : '_' + c.charCodeAt(0).toString(16)));
}

export function profilePath(index: number, field?: string, entry?: number): string {
  let path = `/assignedAccessMultiModeProfiles/${index}`;
  if (field !== undefined) path += `/${field}`;
  if (entry !== undefined) path += `/${entry}`;
  return path;
}
