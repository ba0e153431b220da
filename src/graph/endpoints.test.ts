// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GraphBody } from '../kiosk';
import { createGraphClient } from './graph-client';
import { DEMO_CONFIGURATIONS, DEMO_IDS, createDemoGraph } from './demo-tenant';
import type { DeviceConfigurationSummary, SubmitTarget } from './endpoints';
import { actionPath, filterConfigurations, getDeviceConfiguration, listDeviceConfigurations, submitProfiles, targetProblems } from './endpoints';
import { GraphError } from './graph-error';

const BASE = 'https://graph.microsoft.com/beta';
const BODY: GraphBody = {
  assignedAccessMultiModeProfiles: [
    {
      '@odata.type': '#microsoft.graph.windowsAssignedAccessProfile',
      id: 'cfa70299-0299-cfa7-9902-a7cf9902a7cf',
      profileName: 'Front desk',
      showTaskBar: false,
      appUserModelIds: ['Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App'],
      desktopAppPaths: ['%ProgramFiles%\\Contoso\\Visitor.exe'],
      userAccounts: ['AzureAD\\frontdesk@contoso.com'],
      startMenuLayoutXml: 'PExheW91dE1vZGlmaWNhdGlvblRlbXBsYXRlIC8+',
    },
  ],
};

function setup(demoOptions: Parameters<typeof createDemoGraph>[0] = {}) {
  const demo = createDemoGraph(demoOptions);
  const client = createGraphClient({ baseUrl: BASE, getToken: async () => 'demo-token', fetch: demo.fetch, sleep: async () => undefined });
  return { demo, client };
}

describe('actionPath', () => {
  it('builds the three documented paths', () => {
    expect(actionPath({ kind: 'direct', deviceConfigurationId: 'A' })).toBe('/deviceManagement/deviceConfigurations/A/assignedAccessMultiModeProfiles');
    expect(actionPath({ kind: 'groupAssignment', deviceConfigurationId: 'A', groupAssignmentId: 'G' })).toBe(
      '/deviceManagement/deviceConfigurations/A/groupAssignments/G/deviceConfiguration/assignedAccessMultiModeProfiles',
    );
    expect(actionPath({ kind: 'networkAccess', deviceConfigurationId: 'A', networkAccessConfigurationId: 'N' })).toBe(
      '/deviceManagement/deviceConfigurations/A/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/N/assignedAccessMultiModeProfiles',
    );
  });

  it('URL-encodes ids and refuses missing ones', () => {
    expect(actionPath({ kind: 'direct', deviceConfigurationId: 'a/b?c' })).toContain('/a%2Fb%3Fc/');
    expect(() => actionPath({ kind: 'groupAssignment', deviceConfigurationId: 'A' })).toThrow(/groupAssignmentId is missing/);
  });
});

describe('targetProblems', () => {
  it('accepts GUIDs', () => {
    expect(targetProblems({ kind: 'networkAccess', deviceConfigurationId: DEMO_IDS.domainJoin, networkAccessConfigurationId: DEMO_IDS.corporateWifi })).toEqual([]);
  });

  it('names missing and malformed ids', () => {
    expect(targetProblems({ kind: 'direct', deviceConfigurationId: ' ' })).toEqual(['Enter the device configuration ID.']);
    const problems = targetProblems({ kind: 'groupAssignment', deviceConfigurationId: 'kiosk-1' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/device configuration ID "kiosk-1" is not a GUID/);
    expect(problems[1]).toBe('Enter the group assignment ID.');
  });
});

describe('submitProfiles', () => {
  it.each<SubmitTarget>([
    { kind: 'direct', deviceConfigurationId: DEMO_IDS.frontDesk },
    { kind: 'groupAssignment', deviceConfigurationId: DEMO_IDS.frontDesk, groupAssignmentId: DEMO_IDS.frontDeskGroupAssignment },
    { kind: 'networkAccess', deviceConfigurationId: DEMO_IDS.domainJoin, networkAccessConfigurationId: DEMO_IDS.corporateWifi },
  ])('posts to the $kind path and resolves on 204', async (target) => {
    const { demo, client } = setup();
    const result = await submitProfiles(client, target, BODY);
    expect(result.status).toBe(204);
    expect(result.note).toBeUndefined();
    expect(result.requestId).toBeTruthy();
    expect(demo.submissions).toEqual([expect.objectContaining({ path: actionPath(target), body: BODY })]);
  });

  it('accepts a 200 with a note', async () => {
    const { demo, client } = setup();
    demo.injectFault({ kind: 'response', status: 200, body: {} });
    const result = await submitProfiles(client, { kind: 'direct', deviceConfigurationId: DEMO_IDS.frontDesk }, BODY);
    expect(result.note).toMatch(/200 instead of the documented 204/);
  });

  it('rejects with a GraphError for an unknown configuration', async () => {
    const { client } = setup();
    const error: unknown = await submitProfiles(client, { kind: 'direct', deviceConfigurationId: '00000000-0000-4000-8000-000000000000' }, BODY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 404, code: 'ResourceNotFound' });
  });

  it('refuses an invalid target without calling Graph', async () => {
    const { demo, client } = setup();
    await expect(submitProfiles(client, { kind: 'direct', deviceConfigurationId: 'nope' }, BODY)).rejects.toThrow(/not a GUID/);
    expect(demo.requests).toHaveLength(0);
  });
});

describe('listDeviceConfigurations', () => {
  it('pages through @odata.nextLink with $select and sorts by name', async () => {
    const { demo, client } = setup({ pageSize: 4 });
    const list = await listDeviceConfigurations(client);
    expect(demo.requests).toHaveLength(3);
    expect(demo.requests[0]?.url).toBe(`${BASE}/deviceManagement/deviceConfigurations?$select=id,displayName`);
    expect(demo.requests[1]?.url).toContain('$skiptoken=4');
    expect(list).toHaveLength(DEMO_CONFIGURATIONS.length);
    const names = list.map((item) => item.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    expect(list.find((item) => item.id === DEMO_IDS.lobbyKiosk)).toEqual({ id: DEMO_IDS.lobbyKiosk, displayName: 'Lobby kiosk', odataType: 'windowsKioskConfiguration' });
  });

  it('stops at maxPages and says so', async () => {
    const { client } = setup({ pageSize: 2 });
    let loaded = -1;
    const list = await listDeviceConfigurations(client, { maxPages: 2, onTruncated: (count) => (loaded = count) });
    expect(list).toHaveLength(4);
    expect(loaded).toBe(4);
  });

  it('refuses a nextLink to another origin', async () => {
    const { demo, client } = setup();
    demo.injectFault({ kind: 'response', status: 200, body: { value: [], '@odata.nextLink': 'https://attacker.example/beta/deviceManagement/deviceConfigurations' } });
    const error: unknown = await listDeviceConfigurations(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(String((error as GraphError).message)).toContain('https://attacker.example');
    expect(demo.requests).toHaveLength(1);
  });

  it('rejects a page without a value list', async () => {
    const { demo, client } = setup();
    demo.injectFault({ kind: 'response', status: 200, body: { items: [] } });
    await expect(listDeviceConfigurations(client)).rejects.toThrow(/without a "value" list/);
  });
});

describe('getDeviceConfiguration', () => {
  it('reads one configuration and 404s an unknown one', async () => {
    const { client } = setup();
    await expect(getDeviceConfiguration(client, DEMO_IDS.domainJoin)).resolves.toEqual({
      id: DEMO_IDS.domainJoin,
      displayName: 'Hybrid join – Branch offices',
      odataType: 'windowsDomainJoinConfiguration',
    });
    await expect(getDeviceConfiguration(client, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 404 });
  });
});

describe('filterConfigurations', () => {
  const list: DeviceConfigurationSummary[] = [
    { id: 'aaa-111', displayName: 'Kiosk – Front desk', odataType: 'windows10GeneralConfiguration' },
    { id: 'bbb-222', displayName: 'Lobby kiosk', odataType: 'windowsKioskConfiguration' },
    { id: 'ccc-333', displayName: 'BitLocker', odataType: 'windows10EndpointProtectionConfiguration' },
  ];
  it('matches name, id and type case-insensitively', () => {
    expect(filterConfigurations(list, 'KIOSK').map((item) => item.id)).toEqual(['aaa-111', 'bbb-222']);
    expect(filterConfigurations(list, 'ccc').map((item) => item.id)).toEqual(['ccc-333']);
    expect(filterConfigurations(list, 'endpointprotection').map((item) => item.id)).toEqual(['ccc-333']);
    expect(filterConfigurations(list, 'lobby kiosk').map((item) => item.id)).toEqual(['bbb-222']);
    expect(filterConfigurations(list, '  ')).toHaveLength(3);
    expect(filterConfigurations(list, 'nothing')).toEqual([]);
  });
});
