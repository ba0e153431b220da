// AssignedAccessConfiguration XML → design. Maps what Graph's windowsAssignedAccessProfile can
// carry (profiles, allowed apps, Windows 10 Start layout, taskbar, Account configs) and reports,
// one note each, everything it cannot (auto-launch, File Explorer restrictions, Windows 11 Start
// pins and taskbar layout, groups, auto-logon, global profile, single-app KioskModeApp profiles,
// breakout sequence, visitor/device-owner groups, anything unknown). Nothing is dropped silently.
// Matching is by namespace URI and local name, never by prefix. Never throws.
// File format: https://learn.microsoft.com/windows/configuration/assigned-access/configuration-file
// Graph type:  https://learn.microsoft.com/en-us/graph/api/resources/intune-deviceconfig-windowsassignedaccessprofile?view=graph-rest-beta
import type { Design, Profile } from '../schema';
import { NS_2017, NS_202010, NS_RS5, NS_V3, NS_V4, NS_V5 } from './namespaces';
import { attributeOf, isElement, parseXmlTree, type XmlElement } from './xml-tree';

/** lost: in the file, but not carried into the design. changed: carried, but filled in or adjusted. */
export type XmlImportNoteKind = 'lost' | 'changed';

export const XML_IMPORT_CODES = {
  autoLaunch: 'autoLaunch',
  fileExplorer: 'fileExplorer',
  startPins: 'startPins',
  taskbarLayout: 'taskbarLayout',
  kioskModeApp: 'kioskModeApp',
  breakoutSequence: 'breakoutSequence',
  globalProfile: 'globalProfile',
  autoLogon: 'autoLogon',
  userGroup: 'userGroup',
  specialGroup: 'specialGroup',
  config: 'config',
  app: 'app',
  startLayout: 'startLayout',
  unknownElement: 'unknownElement',
  unknownAttribute: 'unknownAttribute',
  profileName: 'profileName',
  profileId: 'profileId',
  taskbar: 'taskbar',
  htmlEncoded: 'htmlEncoded',
} as const;

export type XmlImportCode = (typeof XML_IMPORT_CODES)[keyof typeof XML_IMPORT_CODES];

/** Short headings for the report, one per code. */
export const XML_IMPORT_CODE_LABELS: Readonly<Record<XmlImportCode, string>> = {
  autoLaunch: 'Auto-launch',
  fileExplorer: 'File Explorer restrictions',
  startPins: 'Windows 11 Start pins',
  taskbarLayout: 'Windows 11 taskbar layout',
  kioskModeApp: 'Single-app kiosk profiles (KioskModeApp)',
  breakoutSequence: 'Breakout sequence',
  globalProfile: 'Global profile',
  autoLogon: 'Auto-logon account',
  userGroup: 'User groups',
  specialGroup: 'Visitor and device owner groups',
  config: 'Account assignments',
  app: 'Apps',
  startLayout: 'Start layout',
  unknownElement: 'Unknown elements',
  unknownAttribute: 'Unknown attributes',
  profileName: 'Profile names',
  profileId: 'Profile ids',
  taskbar: 'Taskbar',
  htmlEncoded: 'Encoding',
};

export interface XmlImportNote {
  kind: XmlImportNoteKind;
  code: XmlImportCode;
  /** 1-based line in the imported text, when the note is about one element. */
  line?: number;
  message: string;
}

export type XmlImportResult =
  | { ok: true; design: Design; notes: XmlImportNote[] }
  | { ok: false; message: string; notes: XmlImportNote[] };

const GUID_IN_BRACES = /^\{([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})\}$/;
const BARE_GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** '{AbC…}' or 'AbC…' → 'AbC…' (case kept, so a design's id survives export and import unchanged); otherwise undefined. */
function guidOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim();
  const braced = GUID_IN_BRACES.exec(value);
  if (braced) return braced[1];
  return BARE_GUID.test(value) ? value : undefined;
}

/** xs:boolean: true, false, 1, 0 (whitespace collapsed); undefined for anything else. */
function xsBoolean(raw: string | undefined): boolean | undefined {
  const value = raw?.trim();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

const HTML_ENTITY = /&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Undoes [System.Net.WebUtility]::HtmlEncode (how the WMI bridge holds the XML). */
function htmlDecode(text: string): string {
  return text.replace(HTML_ENTITY, (whole, entity: string) => {
    const named = NAMED_ENTITIES[entity];
    if (named !== undefined) return named;
    const code = entity.startsWith('#x') ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

class Reader {
  readonly notes: XmlImportNote[] = [];

  note(kind: XmlImportNoteKind, code: XmlImportCode, message: string, line?: number): void {
    this.notes.push(line === undefined ? { kind, code, message } : { kind, code, message, line });
  }

  lost(code: XmlImportCode, message: string, line?: number): void {
    this.note('lost', code, message, line);
  }

  unknownElement(element: XmlElement, where: string): void {
    const ns = element.uri === '' ? 'no namespace' : `namespace ${element.uri}`;
    this.lost(XML_IMPORT_CODES.unknownElement, `${where}: <${element.name}> (${ns}) is not an Assigned Access element this designer knows; it was left out.`, element.line);
  }

  /** Reports every attribute of `element` not in `known` ([uri, local] pairs). */
  unknownAttributes(element: XmlElement, known: readonly (readonly [string, string])[], where: string): void {
    for (const attribute of element.attributes) {
      if (known.some(([uri, local]) => attribute.uri === uri && attribute.local === local)) continue;
      this.lost(
        XML_IMPORT_CODES.unknownAttribute,
        `${where}: the attribute ${attribute.name}="${attribute.value}" on <${element.local}> has no place in the Graph profile; it was left out.`,
        element.line,
      );
    }
  }
}

interface ReadProfile {
  profile: Profile;
  /** How the rest of the file refers to it: GUID lower-cased, or the raw Id text. */
  key: string;
  label: string;
}

function idKey(raw: string | undefined): string {
  return (guidOf(raw) ?? raw?.trim() ?? '').toLowerCase();
}

function quoted(text: string): string {
  return `"${text}"`;
}

function describeExplorer(element: XmlElement): string {
  const allowed: string[] = [];
  for (const child of element.children) {
    if (isElement(child, NS_RS5, 'AllowedNamespace')) allowed.push(`the ${attributeOf(child, '', 'Name')?.value ?? '?'} folder`);
    else if (isElement(child, NS_V3, 'AllowRemovableDrives')) allowed.push('removable drives');
    else if (isElement(child, NS_V3, 'NoRestriction')) return 'no restriction at all';
    else allowed.push(`<${child.name}>`);
  }
  return allowed.length === 0 ? 'every location blocked' : `access to ${allowed.join(' and ')}`;
}

function countPins(json: string): string {
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed === 'object' && parsed !== null && 'pinnedList' in parsed && Array.isArray(parsed.pinnedList)) {
      const n = parsed.pinnedList.length;
      return `${n} ${n === 1 ? 'pin' : 'pins'}`;
    }
  } catch {
    // Not JSON: still reported, just without a count.
  }
  return 'pins';
}

function readApps(reader: Reader, list: XmlElement, target: Profile, label: string): void {
  for (const allowed of list.children) {
    if (!isElement(allowed, NS_2017, 'AllowedApps')) {
      reader.unknownElement(allowed, label);
      continue;
    }
    reader.unknownAttributes(allowed, [], label);
    for (const app of allowed.children) {
      if (!isElement(app, NS_2017, 'App')) {
        reader.unknownElement(app, label);
        continue;
      }
      const aumid = attributeOf(app, '', 'AppUserModelId')?.value.trim();
      const path = attributeOf(app, '', 'DesktopAppPath')?.value.trim();
      if (aumid) target.appUserModelIds.push(aumid);
      if (path) target.desktopAppPaths.push(path);
      const name = aumid || path;
      if (!name) {
        reader.lost(XML_IMPORT_CODES.app, `${label}: an <App> has neither AppUserModelId nor DesktopAppPath; it was left out.`, app.line);
      } else if (aumid && path) {
        reader.note('changed', XML_IMPORT_CODES.app, `${label}: one <App> has both AppUserModelId and DesktopAppPath (the schema allows one); both were imported as separate apps.`, app.line);
      }
      const autoLaunch = xsBoolean(attributeOf(app, NS_RS5, 'AutoLaunch')?.value);
      const args = attributeOf(app, NS_RS5, 'AutoLaunchArguments');
      if (autoLaunch === true || args !== undefined) {
        const withArgs = args === undefined ? '' : ` with the arguments ${quoted(args.value)}`;
        reader.lost(
          XML_IMPORT_CODES.autoLaunch,
          `${label}: ${quoted(name ?? '(app)')} starts automatically at sign-in${withArgs} (rs5:AutoLaunch). Graph's profile has no auto-launch setting; it was left out.`,
          app.line,
        );
      }
      const known: [string, string][] = [['', 'AppUserModelId'], ['', 'DesktopAppPath'], [NS_RS5, 'AutoLaunch'], [NS_RS5, 'AutoLaunchArguments']];
      reader.unknownAttributes(app, known, label);
    }
  }
}

function readProfile(reader: Reader, element: XmlElement, index: number, taken: Map<string, ReadProfile>): ReadProfile | { kiosk: string; label: string } {
  const rawId = attributeOf(element, '', 'Id')?.value;
  const rawName = attributeOf(element, '', 'Name')?.value ?? '';
  const name = rawName.trim();
  const label = name === '' ? `Profile ${index + 1}` : `Profile ${quoted(name)}`;
  reader.unknownAttributes(element, [['', 'Id'], ['', 'Name']], label);

  const kioskApp = element.children.find((c) => isElement(c, NS_2017, 'KioskModeApp'));
  if (kioskApp) {
    const app =
      attributeOf(kioskApp, '', 'AppUserModelId')?.value ?? attributeOf(kioskApp, NS_V4, 'ClassicAppPath')?.value ?? '(no app)';
    const args = attributeOf(kioskApp, NS_V4, 'ClassicAppArguments');
    reader.lost(
      XML_IMPORT_CODES.kioskModeApp,
      `${label} is a single-app kiosk running ${quoted(app)}${args ? ` with the arguments ${quoted(args.value)}` : ''} (KioskModeApp). Graph's windowsAssignedAccessProfile describes multi-app profiles only; the profile and its accounts were left out.`,
      kioskApp.line,
    );
    for (const child of element.children) {
      if (child === kioskApp) continue;
      if (isElement(child, NS_V4, 'BreakoutSequence')) {
        reader.lost(
          XML_IMPORT_CODES.breakoutSequence,
          `${label}: the breakout key ${quoted(attributeOf(child, '', 'Key')?.value ?? '?')} (v4:BreakoutSequence) belongs to the single-app kiosk and was left out with it.`,
          child.line,
        );
      } else {
        reader.unknownElement(child, label);
      }
    }
    return { kiosk: idKey(rawId), label };
  }

  let id = guidOf(rawId);
  if (id === undefined) {
    id = crypto.randomUUID();
    reader.note('changed', XML_IMPORT_CODES.profileId, `${label}: the Id ${quoted(rawId ?? '')} is not a GUID, so the profile got the new id ${id}.`, element.line);
  } else if (taken.has(id.toLowerCase())) {
    const original = id;
    id = crypto.randomUUID();
    reader.note('changed', XML_IMPORT_CODES.profileId, `${label}: the Id {${original}} is used by an earlier profile too, so this one got the new id ${id}; accounts pointing to {${original}} stay with the first.`, element.line);
  }
  let profileName = name;
  if (profileName === '') {
    profileName = `Imported profile ${index + 1}`;
    reader.note('changed', XML_IMPORT_CODES.profileName, `${label} has no Name, so it was named ${quoted(profileName)}. Rename it as you like.`, element.line);
  }

  const profile: Profile = {
    id,
    profileName,
    showTaskBar: true,
    appUserModelIds: [],
    desktopAppPaths: [],
    userAccounts: [],
    startMenuLayoutXml: '',
  };
  let sawTaskbar = false;
  let sawLayout = false;
  let sawApps = false;
  for (const child of element.children) {
    if (isElement(child, NS_2017, 'AllAppsList')) {
      if (sawApps) reader.note('changed', XML_IMPORT_CODES.app, `${label} has more than one <AllAppsList>; their apps were combined.`, child.line);
      sawApps = true;
      reader.unknownAttributes(child, [], label);
      readApps(reader, child, profile, label);
    } else if (isElement(child, NS_2017, 'StartLayout')) {
      if (sawLayout) {
        reader.lost(XML_IMPORT_CODES.startLayout, `${label} has a second <StartLayout>; only the first was imported.`, child.line);
      } else if (child.children.length > 0) {
        reader.lost(XML_IMPORT_CODES.startLayout, `${label}: <StartLayout> holds XML elements instead of text, which Windows does not accept; it was left out. Wrap the layout in <![CDATA[ … ]]>.`, child.line);
      } else {
        profile.startMenuLayoutXml = child.text;
      }
      sawLayout = true;
    } else if (isElement(child, NS_2017, 'Taskbar')) {
      const show = xsBoolean(attributeOf(child, '', 'ShowTaskbar')?.value);
      if (show === undefined) {
        reader.note('changed', XML_IMPORT_CODES.taskbar, `${label}: <Taskbar> has no valid ShowTaskbar (true or false), so the taskbar is shown.`, child.line);
      } else {
        profile.showTaskBar = show;
      }
      sawTaskbar = true;
      reader.unknownAttributes(child, [['', 'ShowTaskbar']], label);
    } else if (isElement(child, NS_RS5, 'FileExplorerNamespaceRestrictions')) {
      reader.lost(
        XML_IMPORT_CODES.fileExplorer,
        `${label}: File Explorer is limited to ${describeExplorer(child)} (rs5:FileExplorerNamespaceRestrictions). Graph's profile has no such setting; it was left out.`,
        child.line,
      );
    } else if (isElement(child, NS_V5, 'StartPins')) {
      reader.lost(
        XML_IMPORT_CODES.startPins,
        `${label}: Windows 11 Start pins (${countPins(child.text)}, v5:StartPins). Graph's profile carries only a Windows 10 Start layout; they were left out.`,
        child.line,
      );
    } else if (isElement(child, NS_V5, 'TaskbarLayout')) {
      reader.lost(XML_IMPORT_CODES.taskbarLayout, `${label}: a Windows 11 taskbar layout (v5:TaskbarLayout). Graph's profile can only show or hide the taskbar; the layout was left out.`, child.line);
    } else if (isElement(child, NS_V4, 'BreakoutSequence')) {
      reader.lost(XML_IMPORT_CODES.breakoutSequence, `${label}: a breakout key (v4:BreakoutSequence) has no place in the Graph profile; it was left out.`, child.line);
    } else {
      reader.unknownElement(child, label);
    }
  }
  if (!sawTaskbar) reader.note('changed', XML_IMPORT_CODES.taskbar, `${label} has no <Taskbar> (the schema requires one), so the taskbar is shown.`, element.line);
  if (!sawApps) reader.note('changed', XML_IMPORT_CODES.app, `${label} has no <AllAppsList>, so it was imported without apps. Add at least one.`, element.line);
  return { profile, key: idKey(rawId), label };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeAccount(element: XmlElement): string {
  if (isElement(element, NS_2017, 'Account')) return `the account ${quoted(element.text.trim())}`;
  if (isElement(element, NS_2017, 'AutoLogonAccount')) return 'the auto-logon account';
  if (isElement(element, NS_2017, 'UserGroup')) return `the group ${quoted(attributeOf(element, '', 'Name')?.value ?? '?')}`;
  return `<${element.name}>`;
}

function readConfigs(reader: Reader, configs: XmlElement, byKey: Map<string, ReadProfile>, kioskKeys: Map<string, string>): void {
  const profileLabel = (rawId: string | undefined) => {
    const found = byKey.get(idKey(rawId));
    return found ? found.label.replace(/^Profile /, 'profile ') : `the profile ${rawId ?? '(none)'}`;
  };
  reader.unknownAttributes(configs, [], 'Configs');
  for (const child of configs.children) {
    if (isElement(child, NS_V3, 'GlobalProfile')) {
      const rawId = attributeOf(child, '', 'Id')?.value;
      const exclusions = child.children.some((c) => isElement(c, NS_202010, 'Exclusions')) ? ' (except the device owner)' : '';
      reader.lost(
        XML_IMPORT_CODES.globalProfile,
        `Everyone who signs in without admin rights${exclusions} gets ${profileLabel(rawId)} (v3:GlobalProfile). Graph's profile lists accounts only; this assignment was left out. Add the accounts to the profile instead.`,
        child.line,
      );
      continue;
    }
    if (!isElement(child, NS_2017, 'Config')) {
      reader.unknownElement(child, 'Configs');
      continue;
    }
    let who: XmlElement | undefined;
    let rawId: string | undefined;
    let sawDefault = false;
    for (const part of child.children) {
      if (isElement(part, NS_2017, 'DefaultProfile')) {
        rawId = attributeOf(part, '', 'Id')?.value;
        sawDefault = true;
      } else if (
        who === undefined &&
        (isElement(part, NS_2017, 'Account') || isElement(part, NS_2017, 'AutoLogonAccount') || isElement(part, NS_2017, 'UserGroup') || isElement(part, NS_2017, 'SpecialGroup'))
      ) {
        who = part;
      } else {
        reader.unknownElement(part, 'Config');
      }
    }
    const target = byKey.get(idKey(rawId));
    const targetLabel = profileLabel(rawId);
    if (who === undefined) {
      reader.lost(XML_IMPORT_CODES.config, `A <Config> names no account or group; it was left out.`, child.line);
      continue;
    }
    if (isElement(who, NS_2017, 'AutoLogonAccount')) {
      const display = attributeOf(who, NS_RS5, 'DisplayName')?.value;
      reader.lost(
        XML_IMPORT_CODES.autoLogon,
        `An auto-logon account${display === undefined ? '' : ` shown as ${quoted(display)}`} signs in to ${targetLabel} (AutoLogonAccount). Graph's profile lists existing accounts only; the auto-logon was left out.`,
        who.line,
      );
      continue;
    }
    if (isElement(who, NS_2017, 'UserGroup')) {
      const type = attributeOf(who, '', 'Type')?.value ?? 'group';
      reader.lost(
        XML_IMPORT_CODES.userGroup,
        `The ${type} ${quoted(attributeOf(who, '', 'Name')?.value ?? '?')} is assigned to ${targetLabel} (UserGroup). Graph's profile lists user accounts, not groups; it was left out.`,
        who.line,
      );
      continue;
    }
    if (isElement(who, NS_2017, 'SpecialGroup')) {
      reader.lost(
        XML_IMPORT_CODES.specialGroup,
        `The special group ${quoted(attributeOf(who, '', 'Name')?.value ?? '?')} is assigned to ${targetLabel} (SpecialGroup). Graph's profile lists user accounts only; it was left out.`,
        who.line,
      );
      continue;
    }
    const account = who.text.trim();
    if (account === '' || who.children.length > 0) {
      reader.lost(XML_IMPORT_CODES.config, `An <Account> is empty or holds elements instead of an account name; it was left out.`, who.line);
      continue;
    }
    const kiosk = kioskKeys.get(idKey(rawId));
    if (kiosk !== undefined) {
      reader.lost(XML_IMPORT_CODES.kioskModeApp, `${capitalized(describeAccount(who))} signs in to ${kiosk.replace(/^Profile /, 'profile ')}, a single-app kiosk that was not imported; the assignment was left out.`, who.line);
      continue;
    }
    if (!sawDefault || target === undefined) {
      reader.lost(
        XML_IMPORT_CODES.config,
        sawDefault
          ? `${capitalized(describeAccount(who))} is assigned to ${rawId ?? 'a profile'}, which is not in this file; the assignment was left out.`
          : `${capitalized(describeAccount(who))} has no <DefaultProfile>; the assignment was left out.`,
        who.line,
      );
      continue;
    }
    target.profile.userAccounts.push(account);
  }
}

function readDocument(input: string): XmlImportResult {
  const reader = new Reader();
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, message: 'There is nothing to import: the text is empty.', notes: [] };
  if (/^\s*&lt;/.test(text)) {
    text = htmlDecode(text);
    reader.note('changed', XML_IMPORT_CODES.htmlEncoded, 'The text was HTML-encoded (as the WMI bridge stores it); it was decoded first.');
  }
  // An XML declaration must open the document; pasted text often starts with a blank line. Blank
  // out the declaration instead of trimming, so every line number in the report stays true.
  const declaration = /^\s+<\?xml[^>]*\?>/.exec(text);
  if (declaration) text = declaration[0].replace(/[^\r\n]/g, ' ') + text.slice(declaration[0].length);

  const tree = parseXmlTree(text);
  if (!tree.ok) return { ok: false, message: `This is not well-formed XML. ${tree.message}`, notes: reader.notes };
  const root = tree.root;
  if (!isElement(root, NS_2017, 'AssignedAccessConfiguration')) {
    let message: string;
    if (root.local === 'AssignedAccessConfiguration') {
      message = `The root element <${root.name}> is in ${root.uri === '' ? 'no namespace' : `the namespace "${root.uri}"`}; an Assigned Access configuration must declare xmlns="${NS_2017}".`;
    } else if (root.local === 'LayoutModificationTemplate') {
      message = 'This is a Start layout (LayoutModificationTemplate), not an Assigned Access configuration. Paste it into a profile\'s "Start menu layout XML" field instead.';
    } else if (root.local === 'ShellLauncherConfiguration') {
      message = 'This is a Shell Launcher configuration, not an Assigned Access configuration; the designer does not handle Shell Launcher.';
    } else {
      message = `The root element is <${root.name}>, but an Assigned Access configuration starts with <AssignedAccessConfiguration xmlns="${NS_2017}">.`;
    }
    return { ok: false, message, notes: reader.notes };
  }
  reader.unknownAttributes(root, [], 'AssignedAccessConfiguration');

  const read: ReadProfile[] = [];
  const byKey = new Map<string, ReadProfile>();
  const takenIds = new Map<string, ReadProfile>();
  const kioskKeys = new Map<string, string>();
  const configsElements: XmlElement[] = [];
  let index = 0;
  for (const child of root.children) {
    if (isElement(child, NS_2017, 'Configs')) {
      configsElements.push(child);
      continue;
    }
    if (!isElement(child, NS_2017, 'Profiles')) {
      reader.unknownElement(child, 'AssignedAccessConfiguration');
      continue;
    }
    reader.unknownAttributes(child, [], 'Profiles');
    for (const element of child.children) {
      if (!isElement(element, NS_2017, 'Profile')) {
        reader.unknownElement(element, 'Profiles');
        continue;
      }
      const result = readProfile(reader, element, index++, takenIds);
      if ('kiosk' in result) {
        if (result.kiosk !== '' && !byKey.has(result.kiosk)) kioskKeys.set(result.kiosk, result.label);
        continue;
      }
      read.push(result);
      takenIds.set(result.profile.id.toLowerCase(), result);
      if (result.key !== '' && !byKey.has(result.key) && !kioskKeys.has(result.key)) byKey.set(result.key, result);
    }
  }
  // Configs may come before Profiles (the root is xs:all), so they are read once all profiles are known.
  for (const configs of configsElements) readConfigs(reader, configs, byKey, kioskKeys);

  reader.notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (read.length === 0) {
    return { ok: false, message: 'This file has no profile that the Graph kiosk profile can carry, so there is nothing to import.', notes: reader.notes };
  }
  return { ok: true, design: read.map((r) => r.profile), notes: reader.notes };
}

/** Reads an AssignedAccessConfiguration document into a design, with a note for everything not carried over. */
export function importAssignedAccessXml(text: string): XmlImportResult {
  try {
    return readDocument(text);
  } catch (error) {
    return {
      ok: false,
      message: `The XML could not be read (${error instanceof Error ? error.message : 'unexpected error'}). Check that it is an Assigned Access configuration file.`,
      notes: [],
    };
  }
}

