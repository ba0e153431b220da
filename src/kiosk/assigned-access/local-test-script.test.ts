import { describe, expect, it } from 'vitest';
import { localTestScript } from './local-test-script';

const XML = '<?xml version="1.0" encoding="utf-8"?>\n<AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config"><Profiles/><Configs/></AssignedAccessConfiguration>\n';

describe('localTestScript', () => {
  const script = localTestScript(XML);

  it('refuses to run unless SYSTEM, and says how (psexec -i -s)', () => {
    const check = script.indexOf('if (-not [System.Security.Principal.WindowsIdentity]::GetCurrent().IsSystem) {');
    expect(check).toBeGreaterThan(0);
    const block = script.slice(check, script.indexOf('\n}\n', check));
    expect(block).toContain('psexec.exe -i -s powershell.exe -ExecutionPolicy Bypass -File');
    expect(block).toContain('exit 1');
    // The check comes before anything that changes the device.
    expect(check).toBeLessThan(script.indexOf('wevtutil.exe'));
    expect(check).toBeLessThan(script.indexOf('Set-CimInstance'));
  });

  it('turns on both Assigned Access event logs', () => {
    expect(script).toContain("foreach ($log in 'Microsoft-Windows-AssignedAccess/Operational', 'Microsoft-Windows-AssignedAccess/Admin') {\n    wevtutil.exe sl $log /e:true");
  });

  it('applies the XML HTML-encoded through MDM_AssignedAccess in root\\cimv2\\mdm\\dmmap', () => {
    expect(script).toContain("$namespaceName = 'root\\cimv2\\mdm\\dmmap'\n$className = 'MDM_AssignedAccess'\n$obj = Get-CimInstance -Namespace $namespaceName -ClassName $className");
    expect(script).toContain(`$assignedAccessConfiguration = @'\n${XML}\n'@\n`);
    expect(script).toContain('$obj.Configuration = [System.Net.WebUtility]::HtmlEncode($assignedAccessConfiguration)\n    Set-CimInstance -CimInstance $obj');
  });

  it('has a -Remove switch that sets Configuration to $null and stops before applying', () => {
    expect(script).toContain('param(\n    [switch]$Remove\n)');
    const remove = script.indexOf('if ($Remove) {\n    $obj.Configuration = $null\n    Set-CimInstance -CimInstance $obj');
    expect(remove).toBeGreaterThan(0);
    expect(script.indexOf('exit 0', remove)).toBeLessThan(script.indexOf('$assignedAccessConfiguration ='));
  });

  it("embeds XML with a line starting with '@ safely", () => {
    const tricky = "<a><![CDATA[\n'@ not the end\n]]></a>";
    expect(localTestScript(tricky)).toContain("$assignedAccessConfiguration = '<a><![CDATA[\n''@ not the end\n]]></a>'\n");
  });

  it('keeps an unsafe file name out of the script', () => {
    expect(localTestScript(XML, "x'; Remove-Item C:\\ -Recurse #.ps1")).not.toContain('Remove-Item');
    expect(localTestScript(XML, 'lobby-test.ps1')).toContain('-File .\\lobby-test.ps1');
  });
});
