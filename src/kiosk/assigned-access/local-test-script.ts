// A PowerShell script that tries an Assigned Access configuration on one test device before it
// is rolled out: it applies the XML through the MDM WMI bridge (MDM_AssignedAccess in
// root\cimv2\mdm\dmmap), turns on the Assigned Access event logs, and with -Remove takes the
// configuration off again. The bridge only accepts changes from SYSTEM, so the script checks.
// Quickstart: https://learn.microsoft.com/windows/configuration/assigned-access/quickstart-restricted-user-experience
// WMI bridge: https://learn.microsoft.com/windows/client-management/using-powershell-scripting-with-the-wmi-bridge-provider
import { powerShellLiteral } from './powershell';

export const LOCAL_TEST_SCRIPT_FILE_NAME = 'apply-assigned-access.ps1';

/** The script for `xml` (an AssignedAccessConfiguration document), as text with LF line ends. */
export function localTestScript(xml: string, fileName = LOCAL_TEST_SCRIPT_FILE_NAME): string {
  // The name is written into the script's help and messages; keep it to characters that need no quoting.
  if (!/^[\w.-]+\.ps1$/.test(fileName)) fileName = LOCAL_TEST_SCRIPT_FILE_NAME;
  return `<#
.SYNOPSIS
    Tries this kiosk (Assigned Access) configuration on this device, or removes it again.

.DESCRIPTION
    Made by Kiosk Profile Designer. Sets the AssignedAccess CSP node
    ./Vendor/MSFT/AssignedAccess/Configuration through the MDM WMI bridge and turns on the
    Assigned Access event logs (Event Viewer > Applications and Services Logs > Microsoft >
    Windows > AssignedAccess). Use a test device: kiosk accounts are locked down at their next
    sign-in. The accounts must exist and must not be administrators.

    Run it as SYSTEM, for example with Sysinternals PsExec from an elevated prompt:
        psexec.exe -i -s powershell.exe -ExecutionPolicy Bypass -File .\\${fileName}

.PARAMETER Remove
    Removes the Assigned Access configuration from this device instead of applying it.
#>
[CmdletBinding()]
param(
    [switch]$Remove
)

$ErrorActionPreference = 'Stop'

if (-not [System.Security.Principal.WindowsIdentity]::GetCurrent().IsSystem) {
    $self = if ($PSCommandPath) { $PSCommandPath } else { '.\\${fileName}' }
    Write-Host 'This script must run as SYSTEM: the MDM WMI bridge accepts Assigned Access changes only from the SYSTEM account.' -ForegroundColor Red
    Write-Host 'From an elevated command prompt, start it with Sysinternals PsExec (https://learn.microsoft.com/sysinternals/downloads/psexec):'
    Write-Host "    psexec.exe -i -s powershell.exe -ExecutionPolicy Bypass -File \`"$self\`"$(if ($Remove) { ' -Remove' })"
    exit 1
}

# Turn on the Assigned Access event logs, so that Windows explains what it did (or refused).
foreach ($log in 'Microsoft-Windows-AssignedAccess/Operational', 'Microsoft-Windows-AssignedAccess/Admin') {
    wevtutil.exe sl $log /e:true
    if ($LASTEXITCODE -ne 0) { Write-Warning "Could not enable the event log $log (wevtutil exit code $LASTEXITCODE)." }
}

$namespaceName = 'root\\cimv2\\mdm\\dmmap'
$className = 'MDM_AssignedAccess'
$obj = Get-CimInstance -Namespace $namespaceName -ClassName $className

if ($Remove) {
    $obj.Configuration = $null
    Set-CimInstance -CimInstance $obj
    Write-Host 'Removed the Assigned Access configuration. Sign out and back in. Some settings, such as the Start layout, can stay until the kiosk user profile is deleted.' -ForegroundColor Green
    exit 0
}

$assignedAccessConfiguration = ${powerShellLiteral(xml)}

try {
    # The WMI bridge takes the XML HTML-encoded.
    $obj.Configuration = [System.Net.WebUtility]::HtmlEncode($assignedAccessConfiguration)
    Set-CimInstance -CimInstance $obj
} catch {
    Write-Host "Windows did not accept the configuration: $($_.Exception.Message)" -ForegroundColor Red
    Write-Host "Details: Get-WinEvent -LogName 'Microsoft-Windows-AssignedAccess/Admin' -MaxEvents 20 | Format-List TimeCreated, Message"
    exit 1
}

Write-Host 'Applied. Sign out, then sign in with one of the kiosk accounts to try it.' -ForegroundColor Green
Write-Host "Events: Get-WinEvent -LogName 'Microsoft-Windows-AssignedAccess/Operational' -MaxEvents 20 | Format-List TimeCreated, Message"
Write-Host "To undo: run this script again with -Remove."
`;
}
