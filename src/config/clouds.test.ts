// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLOUDS, CLOUD_NAMES, authority, graphBaseUrl, isCloudName, writeScope } from './clouds';

describe('clouds', () => {
  it('pairs each cloud with its own login and Graph host', () => {
    expect(CLOUDS.global).toMatchObject({ loginHost: 'login.microsoftonline.com', graphHost: 'graph.microsoft.com' });
    expect(CLOUDS.usgov).toMatchObject({ loginHost: 'login.microsoftonline.us', graphHost: 'graph.microsoft.us' });
    expect(CLOUDS.usgovdod).toMatchObject({ loginHost: 'login.microsoftonline.us', graphHost: 'dod-graph.microsoft.us' });
    expect(CLOUDS.china).toMatchObject({ loginHost: 'login.chinacloudapi.cn', graphHost: 'microsoftgraph.chinacloudapi.cn' });
    expect(Object.keys(CLOUDS).sort()).toEqual([...CLOUD_NAMES].sort());
  });

  it('derives the beta base URL, the write scope and the authority', () => {
    expect(graphBaseUrl('global')).toBe('https://graph.microsoft.com/beta');
    expect(graphBaseUrl('usgovdod')).toBe('https://dod-graph.microsoft.us/beta');
    expect(writeScope('usgov')).toBe('https://graph.microsoft.us/DeviceManagementConfiguration.ReadWrite.All');
    expect(writeScope('china')).toBe('https://microsoftgraph.chinacloudapi.cn/DeviceManagementConfiguration.ReadWrite.All');
    expect(authority('global', 'organizations')).toBe('https://login.microsoftonline.com/organizations');
    expect(authority('china', 'contoso.partner.onmschina.cn')).toBe('https://login.chinacloudapi.cn/contoso.partner.onmschina.cn');
  });

  it('recognises cloud names only', () => {
    expect(isCloudName('usgov')).toBe(true);
    expect(isCloudName('USGov')).toBe(false);
    expect(isCloudName(undefined)).toBe(false);
  });
});
