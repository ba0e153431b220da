import { describe, expect, it } from 'vitest';
import groupsFixture from './fixtures/autologon-groups-global.xml?raw';
import windows10Fixture from './fixtures/windows-10-autolaunch.xml?raw';
import windows11Fixture from './fixtures/windows-11-start-pins.xml?raw';
import { checkAssignedAccessRules } from './xsd-rules';

const ID = '{9A2A490F-10F6-4764-974A-43B19E722C23}';
const APPS = '<AllAppsList><AllowedApps><App AppUserModelId="A!App"/></AllowedApps></AllAppsList>';
const TASKBAR = '<Taskbar ShowTaskbar="true"/>';
const CONFIG = `<Config><Account>kiosk</Account><DefaultProfile Id="${ID}"/></Config>`;

function doc(profiles: string, configs = CONFIG): string {
  return `<AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config" xmlns:rs5="http://schemas.microsoft.com/AssignedAccess/201810/config" xmlns:v5="http://schemas.microsoft.com/AssignedAccess/2022/config"><Profiles>${profiles}</Profiles><Configs>${configs}</Configs></AssignedAccessConfiguration>`;
}

function profile(body: string, id = ID): string {
  return `<Profile Id="${id}" Name="P">${body}</Profile>`;
}

describe('checkAssignedAccessRules', () => {
  it("accepts Microsoft's documented shapes (fixtures written from the docs)", () => {
    expect(checkAssignedAccessRules(windows10Fixture)).toEqual([]);
    expect(checkAssignedAccessRules(windows11Fixture)).toEqual([]);
    expect(checkAssignedAccessRules(groupsFixture)).toEqual([]);
    expect(checkAssignedAccessRules(doc(profile(`${APPS}<StartLayout>x</StartLayout><v5:StartPins>{}</v5:StartPins>${TASKBAR}`)))).toEqual([]);
  });

  it.each([
    ['an unbraced Profile Id', doc(profile(APPS + TASKBAR, '9A2A490F-10F6-4764-974A-43B19E722C23'), ''), 'GUID in braces'],
    ['duplicate Profile Ids', doc(profile(APPS + TASKBAR) + profile(APPS + TASKBAR)), 'duplicateRolesForbidden'],
    ['no App in AllowedApps', doc(profile(`<AllAppsList><AllowedApps/></AllAppsList>${TASKBAR}`)), 'at least one <App>'],
    ['an App with both attributes', doc(profile(`<AllAppsList><AllowedApps><App AppUserModelId="A!App" DesktopAppPath="a.exe"/></AllowedApps></AllAppsList>${TASKBAR}`)), 'exactly one of'],
    ['an App with neither attribute', doc(profile(`<AllAppsList><AllowedApps><App/></AllowedApps></AllAppsList>${TASKBAR}`)), 'exactly one of'],
    ['duplicate Apps', doc(profile(`<AllAppsList><AllowedApps><App AppUserModelId="x"/><App DesktopAppPath="x"/></AllowedApps></AllAppsList>${TASKBAR}`)), 'ForbidDupApps'],
    ['two AutoLaunch apps', doc(profile(`<AllAppsList><AllowedApps><App AppUserModelId="x" rs5:AutoLaunch="true"/><App AppUserModelId="y" rs5:AutoLaunch="1"/></AllowedApps></AllAppsList>${TASKBAR}`)), 'OnlyOneAppCanHaveAutoLaunch'],
    ['a missing Taskbar', doc(profile(APPS)), '<Taskbar> is missing'],
    ['a Taskbar without ShowTaskbar', doc(profile(`${APPS}<Taskbar/>`)), 'ShowTaskbar'],
    ['StartLayout after Taskbar', doc(profile(`${APPS}${TASKBAR}<StartLayout>x</StartLayout>`)), 'out of order'],
    ['an unknown element in a Profile', doc(profile(`${APPS}<Extra/>${TASKBAR}`)), 'not allowed here'],
    ['a Config with two Accounts', doc(profile(APPS + TASKBAR), `<Config><Account>a</Account><Account>b</Account><DefaultProfile Id="${ID}"/></Config>`), 'one <DefaultProfile>'],
    ['a Config without DefaultProfile', doc(profile(APPS + TASKBAR), '<Config><Account>a</Account></Config>'), 'one <DefaultProfile>'],
    ['a DefaultProfile naming no Profile', doc(profile(APPS + TASKBAR), '<Config><Account>a</Account><DefaultProfile Id="{00000000-0000-0000-0000-000000000000}"/></Config>'), 'names no Profile'],
    ['no Profiles at all', doc('', ''), 'at least one <Profile>'],
    ['the wrong namespace', '<AssignedAccessConfiguration><Profiles/><Configs/></AssignedAccessConfiguration>', 'root element'],
  ])('reports %s', (_what, xml, expected) => {
    const problems = checkAssignedAccessRules(xml);
    expect(problems.join('\n')).toContain(expected);
  });
});
