; Inno Setup script for the Windows installer (built by installers/build.py on Windows:
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\dist\studio-dsar /DRepoRoot=. /Odist installers\windows\studio-dsar.iss)
; Installs the PyInstaller folder per user (no administrator rights needed) or for all users,
; a Start menu entry, and "Open with studio-dsar" for .eml and .msg files.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\dist\studio-dsar"
#endif
#ifndef RepoRoot
  #define RepoRoot "..\.."
#endif

[Setup]
AppId={{6C0C8B2E-3D6B-4C55-9F1E-5A7D2F4B9E13}
AppName=studio-dsar
AppVersion={#AppVersion}
AppVerName=studio-dsar {#AppVersion}
AppPublisher=studio-dsar
DefaultDirName={autopf}\studio-dsar
DefaultGroupName=studio-dsar
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=studio-dsar-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\assets\icons\studio-dsar.ico
UninstallDisplayIcon={app}\studio-dsar-gui.exe
LicenseFile={#RepoRoot}\studio_dsar\resources\licences\GPL-3.0.txt
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\studio-dsar"; Filename: "{app}\studio-dsar-gui.exe"
Name: "{autodesktop}\studio-dsar"; Filename: "{app}\studio-dsar-gui.exe"; Tasks: desktopicon

[Registry]
; A ProgID for mail files, offered under "Open with" for .eml and .msg (it does not take over
; the user's mail program as the default).
Root: HKA; Subkey: "Software\Classes\studio-dsar.mail"; ValueType: string; ValueName: ""; ValueData: "E-mail (studio-dsar)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\studio-dsar.mail\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\studio-dsar-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\studio-dsar.mail\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\studio-dsar-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.eml\OpenWithProgids"; ValueType: string; ValueName: "studio-dsar.mail"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.msg\OpenWithProgids"; ValueType: string; ValueName: "studio-dsar.mail"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\studio-dsar-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".eml"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\studio-dsar-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".msg"; ValueData: ""
; The command-line program, for scripts: "studio-dsar.exe" in the install folder (add it to PATH by hand).

[Run]
Filename: "{app}\studio-dsar-gui.exe"; Description: "{cm:LaunchProgram,studio-dsar}"; Flags: nowait postinstall skipifsilent
