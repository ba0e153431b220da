// The published Assigned Access XSD's structure, order and identity rules, checked on a parsed
// document without an XSD engine: root and children, the restricted-experience element order,
// Profile Id format and uniqueness, ≥1 App per AllowedApps, exactly one of AppUserModelId |
// DesktopAppPath per App, no duplicate Apps, one AutoLaunch at most, Taskbar required, each
// Config with exactly one account element and a DefaultProfile that names an existing Profile.
// Used by export as a self-check and by the tests as the judge of exported files.
// XSD: https://learn.microsoft.com/windows/configuration/assigned-access/xsd
import { BRACED_GUID_PATTERN, NS_2017, NS_RS5, NS_V3, NS_V4, NS_V5 } from './namespaces';
import { attributeOf, isElement, parseXmlTree, type XmlElement } from './xml-tree';

type Name = readonly [uri: string, local: string];

/** profile_t, first choice: AllAppsList, rs5:FileExplorerNamespaceRestrictions?, StartLayout?, v5:StartPins?, Taskbar, v5:TaskbarLayout?. */
const RESTRICTED_SEQUENCE: readonly { name: Name; min: 0 | 1 }[] = [
  { name: [NS_2017, 'AllAppsList'], min: 1 },
  { name: [NS_RS5, 'FileExplorerNamespaceRestrictions'], min: 0 },
  { name: [NS_2017, 'StartLayout'], min: 0 },
  { name: [NS_V5, 'StartPins'], min: 0 },
  { name: [NS_2017, 'Taskbar'], min: 1 },
  { name: [NS_V5, 'TaskbarLayout'], min: 0 },
];

/** profile_t, second choice: KioskModeApp, v4:BreakoutSequence?. */
const KIOSK_SEQUENCE: readonly { name: Name; min: 0 | 1 }[] = [
  { name: [NS_2017, 'KioskModeApp'], min: 1 },
  { name: [NS_V4, 'BreakoutSequence'], min: 0 },
];

const ACCOUNT_CHOICES: readonly Name[] = [
  [NS_2017, 'Account'],
  [NS_2017, 'AutoLogonAccount'],
  [NS_2017, 'UserGroup'],
  [NS_2017, 'SpecialGroup'],
];

const XS_BOOLEAN = /^\s*(?:true|false|1|0)\s*$/;

function is(element: XmlElement, [uri, local]: Name): boolean {
  return isElement(element, uri, local);
}

/** Checks `children` against a sequence of optional/required single elements; returns what is wrong. */
function checkSequence(children: readonly XmlElement[], sequence: readonly { name: Name; min: 0 | 1 }[], where: string): string[] {
  const problems: string[] = [];
  let position = 0;
  for (const child of children) {
    const at = sequence.findIndex((item, i) => i >= position && is(child, item.name));
    if (at < 0) {
      const earlier = sequence.findIndex((item) => is(child, item.name));
      problems.push(
        earlier >= 0
          ? `${where}: <${child.local}> (line ${child.line}) is repeated or out of order`
          : `${where}: <${child.name}> (line ${child.line}) is not allowed here`,
      );
      continue;
    }
    for (let i = position; i < at; i++) {
      const item = sequence[i];
      if (item?.min === 1) problems.push(`${where}: <${item.name[1]}> is missing before <${child.local}>`);
    }
    position = at + 1;
  }
  for (let i = position; i < sequence.length; i++) {
    const item = sequence[i];
    if (item?.min === 1) problems.push(`${where}: <${item.name[1]}> is missing`);
  }
  return problems;
}

function checkProfile(profile: XmlElement, where: string): string[] {
  const problems: string[] = [];
  const first = profile.children[0];
  const kiosk = first !== undefined && is(first, [NS_2017, 'KioskModeApp']);
  problems.push(...checkSequence(profile.children, kiosk ? KIOSK_SEQUENCE : RESTRICTED_SEQUENCE, where));
  if (kiosk) return problems;

  for (const list of profile.children.filter((c) => is(c, [NS_2017, 'AllAppsList']))) {
    const allowed = list.children.filter((c) => is(c, [NS_2017, 'AllowedApps']));
    if (allowed.length !== 1 || list.children.length !== 1) problems.push(`${where}: <AllAppsList> must hold exactly one <AllowedApps>`);
    for (const apps of allowed) {
      const entries = apps.children.filter((c) => is(c, [NS_2017, 'App']));
      if (entries.length !== apps.children.length) problems.push(`${where}: <AllowedApps> may hold only <App> elements`);
      if (entries.length === 0) problems.push(`${where}: <AllowedApps> must hold at least one <App>`);
      const values = new Set<string>();
      const autoLaunch = new Set<string>();
      for (const app of entries) {
        const aumid = attributeOf(app, '', 'AppUserModelId');
        const path = attributeOf(app, '', 'DesktopAppPath');
        if ((aumid === undefined) === (path === undefined)) {
          problems.push(`${where}: <App> (line ${app.line}) must have exactly one of AppUserModelId and DesktopAppPath`);
        }
        const value = (aumid ?? path)?.value;
        if (value !== undefined) {
          if (values.has(value)) problems.push(`${where}: the app "${value}" is listed twice (ForbidDupApps)`);
          values.add(value);
        }
        // xs:unique compares typed values: two "true" (or "1" and "true") collide, "true" and "false" do not.
        const launch = attributeOf(app, NS_RS5, 'AutoLaunch')?.value.trim();
        if (launch !== undefined) {
          const typed = launch === '1' ? 'true' : launch === '0' ? 'false' : launch;
          if (autoLaunch.has(typed)) problems.push(`${where}: two <App> elements have rs5:AutoLaunch="${typed}" (OnlyOneAppCanHaveAutoLaunch)`);
          autoLaunch.add(typed);
        }
      }
    }
  }
  for (const layout of profile.children.filter((c) => is(c, [NS_2017, 'StartLayout']))) {
    if (layout.children.length > 0) problems.push(`${where}: <StartLayout> must hold text (CDATA), not elements`);
  }
  for (const taskbar of profile.children.filter((c) => is(c, [NS_2017, 'Taskbar']))) {
    const show = attributeOf(taskbar, '', 'ShowTaskbar');
    if (show === undefined || !XS_BOOLEAN.test(show.value)) problems.push(`${where}: <Taskbar> needs ShowTaskbar="true" or "false"`);
  }
  return problems;
}

/** Every rule `xml` breaks, as sentences; empty when it satisfies them all. */
export function checkAssignedAccessRules(xml: string): string[] {
  const tree = parseXmlTree(xml);
  if (!tree.ok) return [tree.message];
  const root = tree.root;
  if (!is(root, [NS_2017, 'AssignedAccessConfiguration'])) {
    return [`The root element must be <AssignedAccessConfiguration xmlns="${NS_2017}">`];
  }
  const problems: string[] = [];
  const profilesElements = root.children.filter((c) => is(c, [NS_2017, 'Profiles']));
  const configsElements = root.children.filter((c) => is(c, [NS_2017, 'Configs']));
  if (profilesElements.length !== 1) problems.push('<AssignedAccessConfiguration> must hold exactly one <Profiles>');
  if (configsElements.length !== 1) problems.push('<AssignedAccessConfiguration> must hold exactly one <Configs>');
  if (root.children.length !== profilesElements.length + configsElements.length) {
    problems.push('<AssignedAccessConfiguration> may hold only <Profiles> and <Configs>');
  }

  const ids = new Set<string>();
  for (const profiles of profilesElements) {
    if (profiles.children.length === 0) problems.push('<Profiles> must hold at least one <Profile>');
    profiles.children.forEach((profile, index) => {
      const where = `Profile ${index + 1}`;
      if (!is(profile, [NS_2017, 'Profile'])) {
        problems.push(`<Profiles> may hold only <Profile> elements, found <${profile.name}> (line ${profile.line})`);
        return;
      }
      const id = attributeOf(profile, '', 'Id')?.value;
      if (id === undefined || !BRACED_GUID_PATTERN.test(id)) {
        problems.push(`${where}: Id must be a GUID in braces, like {9A2A490F-10F6-4764-974A-43B19E722C23}`);
      } else if (ids.has(id)) {
        problems.push(`${where}: the Id ${id} is used by another profile (duplicateRolesForbidden)`);
      } else {
        ids.add(id);
      }
      problems.push(...checkProfile(profile, where));
    });
  }

  // Windows reads GUIDs case-insensitively; a DefaultProfile must name a Profile of this file.
  const known = new Set([...ids].map((id) => id.toLowerCase()));
  for (const configs of configsElements) {
    configs.children.forEach((child, index) => {
      if (index === 0 && is(child, [NS_V3, 'GlobalProfile'])) return;
      const where = `Config ${index + 1}`;
      if (!is(child, [NS_2017, 'Config'])) {
        problems.push(`<Configs> may hold only an optional v3:GlobalProfile first and then <Config> elements, found <${child.name}> (line ${child.line})`);
        return;
      }
      const [account, defaultProfile, ...rest] = child.children;
      if (account === undefined || !ACCOUNT_CHOICES.some((choice) => is(account, choice))) {
        problems.push(`${where}: must start with one <Account>, <AutoLogonAccount>, <UserGroup> or <SpecialGroup>`);
      }
      if (defaultProfile === undefined || !is(defaultProfile, [NS_2017, 'DefaultProfile']) || rest.length > 0) {
        problems.push(`${where}: must hold one account element followed by one <DefaultProfile>`);
        return;
      }
      const target = attributeOf(defaultProfile, '', 'Id')?.value;
      if (target === undefined || !BRACED_GUID_PATTERN.test(target)) problems.push(`${where}: DefaultProfile Id must be a GUID in braces`);
      else if (!known.has(target.toLowerCase())) problems.push(`${where}: DefaultProfile ${target} names no Profile in this file`);
    });
  }
  return problems;
}
