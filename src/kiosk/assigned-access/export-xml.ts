// Design → AssignedAccessConfiguration XML for the AssignedAccess CSP (./Vendor/MSFT/AssignedAccess/Configuration),
// carrying exactly what the Graph request body carries: one restricted-experience Profile per
// profile (braced Id, Name, allowed apps, Start layout, taskbar) and one Config per account.
// Nothing is invented: where the XSD needs something the design lacks (an app), export refuses
// with a problem the admin can fix; where Windows may need more (a Start layout), it notes it.
// File format: https://learn.microsoft.com/windows/configuration/assigned-access/configuration-file
// XSD:         https://learn.microsoft.com/windows/configuration/assigned-access/xsd
import { toGraphProfile } from '../graph-body';
import { GUID_PATTERN, type Design } from '../schema';
import { NS_2017 } from './namespaces';
import { checkAssignedAccessRules } from './xsd-rules';

export type XmlExportResult =
  /** `notes`: things that are valid but worth a look before the file goes to a device. */
  | { ok: true; xml: string; notes: string[] }
  /** `problems`: what keeps the design from becoming a valid document, each with what to do. */
  | { ok: false; problems: string[]; notes: string[] };

// XML 1.0 §2.2 Char: anything else cannot be written in an XML document at all, not even escaped.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Attribute value: quotes and markup escaped; tab, LF and CR as references so attribute-value normalisation keeps them. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Element text: markup escaped; CR as a reference, since parsers turn a literal CR LF into LF. */
export function escapeText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/**
 * Text as CDATA, byte for byte after parsing: "]]>" is split across two sections
 * ("]]" + "]]><![CDATA[" + ">"), and each CR goes outside CDATA as &#13; because line-end
 * normalisation would otherwise eat it.
 */
export function cdataText(value: string): string {
  return value
    .split('\r')
    .map((part) => (part === '' ? '' : `<![CDATA[${part.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`))
    .join('&#13;');
}

function quoteName(name: string): string {
  return name === '' ? '(no name)' : `"${name}"`;
}

/** The AssignedAccessConfiguration document for `design`, or the problems that prevent one. */
export function exportAssignedAccessXml(design: Design): XmlExportResult {
  const problems: string[] = [];
  const notes: string[] = [];
  if (design.length === 0) {
    return { ok: false, problems: ['The design has no profiles. Add a profile with at least one app first.'], notes };
  }

  const profileXml: string[] = [];
  const configXml: string[] = [];
  const seenIds = new Map<string, number>();
  const accountProfiles = new Map<string, { account: string; names: string[] }>();

  design.forEach((profile, index) => {
    const graph = toGraphProfile(profile);
    const label = `Profile ${index + 1} (${quoteName(graph.profileName)})`;
    const unwritable = (what: string, value: string) => {
      if (NOT_XML_CHAR.test(value)) {
        const bad = value.match(NOT_XML_CHAR)?.[0] ?? '';
        const code = (bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
        problems.push(`${label}: the ${what} contains the character U+${code}, which XML cannot carry. Remove it.`);
      }
    };

    if (!GUID_PATTERN.test(profile.id)) {
      problems.push(`${label}: the id "${profile.id}" is not a GUID; Assigned Access needs one like {9A2A490F-10F6-4764-974A-43B19E722C23}. Duplicate the profile to get a fresh id.`);
    } else {
      const key = profile.id.toLowerCase();
      const first = seenIds.get(key);
      if (first !== undefined) {
        problems.push(`${label} has the same id as profile ${first + 1}; each Profile Id must be unique. Duplicate one of them and remove the original to get a fresh id.`);
      } else {
        seenIds.set(key, index);
      }
    }

    unwritable('name', graph.profileName);
    if (graph.profileName === '') notes.push(`${label} has no name; it was written without the Name attribute. Give it a name so admins can tell the profiles apart.`);

    // ForbidDupApps compares the AppUserModelId or DesktopAppPath *value*, so an AUMID and a path
    // with the same text collide too.
    const apps: string[] = [];
    const seenApps = new Set<string>();
    const addApp = (attribute: 'AppUserModelId' | 'DesktopAppPath', value: string) => {
      if (seenApps.has(value)) {
        notes.push(`${label}: "${value}" is listed twice; it was written once (Assigned Access forbids duplicate apps).`);
        return;
      }
      seenApps.add(value);
      unwritable(attribute === 'AppUserModelId' ? 'app user model ID' : 'desktop app path', value);
      apps.push(`          <App ${attribute}="${escapeAttribute(value)}"/>`);
    };
    for (const aumid of graph.appUserModelIds) addApp('AppUserModelId', aumid);
    for (const path of graph.desktopAppPaths) addApp('DesktopAppPath', path);
    if (apps.length === 0) {
      problems.push(`${label} has no apps. Assigned Access needs at least one allowed app per profile: add an app user model ID or a desktop app path.`);
    }

    const hasLayout = graph.startMenuLayoutXml !== undefined;
    if (hasLayout) {
      unwritable('Start layout', profile.startMenuLayoutXml);
    } else {
      notes.push(`${label} has no Start layout. Windows 10 needs one for a multi-app kiosk; Windows 11 ignores it (it uses Start pins, which this designer does not write).`);
    }

    const braced = `{${profile.id}}`;
    const nameAttribute = graph.profileName === '' ? '' : ` Name="${escapeAttribute(graph.profileName)}"`;
    profileXml.push(
      [
        `    <Profile Id="${escapeAttribute(braced)}"${nameAttribute}>`,
        '      <AllAppsList>',
        '        <AllowedApps>',
        ...apps,
        '        </AllowedApps>',
        '      </AllAppsList>',
        ...(hasLayout ? [`      <StartLayout>${cdataText(profile.startMenuLayoutXml)}</StartLayout>`] : []),
        `      <Taskbar ShowTaskbar="${graph.showTaskBar ? 'true' : 'false'}"/>`,
        '    </Profile>',
      ].join('\n'),
    );

    if (graph.userAccounts.length === 0) {
      notes.push(`${label} has no accounts, so no Config points to it and Windows will not use it. Add the accounts that should sign in to it.`);
    }
    for (const account of graph.userAccounts) {
      unwritable(`account "${account}"`, account);
      configXml.push(['    <Config>', `      <Account>${escapeText(account)}</Account>`, `      <DefaultProfile Id="${escapeAttribute(braced)}"/>`, '    </Config>'].join('\n'));
      const key = account.toLowerCase();
      const entry = accountProfiles.get(key) ?? { account, names: [] };
      entry.names.push(quoteName(graph.profileName));
      accountProfiles.set(key, entry);
    }
  });

  for (const { account, names } of accountProfiles.values()) {
    if (names.length > 1) notes.push(`The account "${account}" is assigned to ${names.length} profiles (${names.join(', ')}); Windows signs an account in to one profile only. Keep it in one.`);
  }
  if (problems.length > 0) return { ok: false, problems, notes };

  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<AssignedAccessConfiguration xmlns="${NS_2017}">`,
    '  <Profiles>',
    ...profileXml,
    '  </Profiles>',
    configXml.length === 0 ? '  <Configs/>' : '  <Configs>',
    ...configXml,
    ...(configXml.length === 0 ? [] : ['  </Configs>']),
    '</AssignedAccessConfiguration>',
    '',
  ].join('\n');

  // Belt and braces: the document must satisfy the XSD rules we check on import and in tests.
  const violations = checkAssignedAccessRules(xml);
  if (violations.length > 0) {
    return { ok: false, problems: violations.map((v) => `The exported XML would break a schema rule (please report this): ${v}`), notes };
  }
  return { ok: true, xml, notes };
}
