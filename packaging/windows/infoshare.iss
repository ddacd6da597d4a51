; Inno Setup script: the InfoShare Desktop installer for Windows PCs.
;
; Build on Windows after the PyInstaller bundle (scripts/package.py does both):
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\infoshare /O..\..\dist packaging\windows\infoshare.iss
;
; Installs for every user of the PC into Program Files (needs administrator rights),
; with a Start-menu shortcut. Silent install for deployment tools:
;   InfoShare-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/CONFIG=\\server\share\config.ini]
; /CONFIG copies the organisation's settings to %ProgramData%\InfoShare\config.ini
; unless a config.ini is already there.
;
; The uninstaller removes the program only. It never deletes user data: each user's
; database, keyring, backups and logs (under %LOCALAPPDATA%\InfoShare) and the
; machine-wide settings in %ProgramData%\InfoShare were not installed by it and stay.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 ...
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\infoshare"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F1C7B8E-3A52-4C4B-9E51-0B7D2E4A9C31}
AppName=InfoShare Desktop
AppVersion={#AppVersion}
AppVerName=InfoShare Desktop {#AppVersion}
AppPublisher=InfoShare
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\InfoShare
DisableDirPage=auto
DefaultGroupName=InfoShare
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=InfoShare-{#AppVersion}-setup
SetupIconFile=..\..\infoshare_desktop\assets\icons\infoshare.ico
UninstallDisplayIcon={app}\infoshare-desktop.exe
UninstallDisplayName=InfoShare Desktop
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Closes a running InfoShare before replacing its files (its work is autosaved).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The organisation's settings, only when given with /CONFIG= and none are there yet;
; kept when InfoShare is uninstalled.
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\InfoShare"; DestName: "config.ini"; \
  Flags: external onlyifdoesntexist uninsneveruninstall; Check: ConfigGiven

[Icons]
Name: "{autoprograms}\InfoShare Desktop"; Filename: "{app}\infoshare-desktop.exe"; \
  Comment: "Record decisions to share, or not to share, personal information"

[Run]
Filename: "{app}\infoshare-desktop.exe"; Description: "Open InfoShare Desktop now"; \
  Flags: nowait postinstall skipifsilent unchecked

; No [UninstallDelete] section on purpose: the uninstaller removes only what it
; installed, never %LOCALAPPDATA%\InfoShare or %ProgramData%\InfoShare.

[Code]
function ConfigGiven: Boolean;
begin
  Result := ExpandConstant('{param:CONFIG}') <> '';
end;
