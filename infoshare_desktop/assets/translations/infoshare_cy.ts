<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../../reports/record.py" line="123"/>
        <location filename="../../reports/record.py" line="125"/>
        <location filename="../../reports/record.py" line="126"/>
        <location filename="../../reports/record.py" line="130"/>
        <location filename="../../reports/record.py" line="131"/>
        <location filename="../../reports/record.py" line="132"/>
        <location filename="../../reports/record.py" line="133"/>
        <location filename="../../reports/record.py" line="134"/>
        <location filename="../../reports/record.py" line="145"/>
        <location filename="../../reports/record.py" line="146"/>
        <location filename="../../reports/record.py" line="152"/>
        <location filename="../../reports/record.py" line="154"/>
        <location filename="../../reports/record.py" line="215"/>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="38"/>
        <source>About InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="48"/>
        <source>InfoShare icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="51"/>
        <source>InfoShare Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="53"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="61"/>
        <source>Records each decision to share, or not to share, information about children and families: what, with whom, when, why and on what lawful basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="67"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="74"/>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="80"/>
        <source>&amp;Components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="84"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="84"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="84"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="85"/>
        <source>Components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="105"/>
        <source>&amp;Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="109"/>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="110"/>
        <source>Select a component to read its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="115"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="117"/>
        <source>Copy version details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="119"/>
        <source>Copy the version of InfoShare and of each component, for your IT service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="137"/>
        <source>{name} is distributed under {licence}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../ui/models.py" line="206"/>
        <source>manages {teams}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="213"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="215"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="217"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="219"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="221"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="223"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="225"/>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../ui/accounts_view.py" line="310"/>
        <location filename="../../ui/accounts_view.py" line="329"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="314"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="319"/>
        <source>Accounts are never deleted: deactivate someone who leaves, and their records and history stay. Press Enter or double-click an account to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="344"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="345"/>
        <location filename="../../ui/accounts_view.py" line="439"/>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="346"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="360"/>
        <location filename="../../ui/accounts_view.py" line="367"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="371"/>
        <source>Add team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="372"/>
        <source>Rename team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="401"/>
        <source>Cannot load the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="408"/>
        <source>1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="409"/>
        <source>{count} accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="438"/>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="480"/>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="481"/>
        <source>Deactivate {name}&apos;s account? They will not be able to sign in. Their records and history stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="483"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="487"/>
        <source>Reactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="488"/>
        <source>Reactivate {name}&apos;s account? They will be able to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="490"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/audit_view.py" line="111"/>
        <source>The trail could not be checked because of a fault in InfoShare. Try again; if it keeps happening, tell your IT service desk.</source>
        <extracomment>The screen shows at most this many events (the newest); exports take them all. The ``ChainReport``. A message for the person.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="137"/>
        <source>Audit trail</source>
        <extracomment>The record id of an event to open. A check of the trail has finished and its answer is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="141"/>
        <source>Check the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="143"/>
        <source>Check that no event has been changed, removed or inserted since it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="144"/>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="145"/>
        <source>Save the events listed below as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="146"/>
        <source>Export to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="147"/>
        <source>Save the events listed below as a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="153"/>
        <source>Everything done in InfoShare, newest first. Press Enter or double-click an event to open its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="156"/>
        <source>Everything done in InfoShare, newest first. Record content is left out: administrators do not read decision records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="164"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="164"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="166"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="167"/>
        <source>All or part of a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="169"/>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="169"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="173"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="175"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="219"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="284"/>
        <source>{username} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="297"/>
        <source>Enter the “{box}” date as dd/mm/yyyy, for example 03/11/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="302"/>
        <source>The “To” date must be the same as or after the “From” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="329"/>
        <source>who: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="331"/>
        <source>record: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="333"/>
        <source>action: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="336"/>
        <source>from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="338"/>
        <source>to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="387"/>
        <source>The newest {count} events are shown: narrow the filters to see older ones. Exports include every matching event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="391"/>
        <source>1 event matches the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="392"/>
        <source>{count} events match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="394"/>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="395"/>
        <source>{count} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="400"/>
        <source>No events match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="401"/>
        <source>No events recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="416"/>
        <source>This event is not about a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="432"/>
        <source>Checking the audit trail and every record&apos;s content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="448"/>
        <source>The audit trail is intact: no event has been changed, removed or inserted.
{result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="452"/>
        <source>The audit trail has been tampered with. Tell your Caldicott Guardian and your IT service desk, and keep a copy of this database as it is.
{result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="484"/>
        <source>1 event saved to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="485"/>
        <source>{count} events saved to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="494"/>
        <source>Export the audit events to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="495"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="504"/>
        <location filename="../../ui/audit_view.py" line="535"/>
        <source>Cannot save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="505"/>
        <location filename="../../ui/audit_view.py" line="536"/>
        <source>The file could not be written ({reason}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="513"/>
        <source>Export the audit events to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="514"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backups_view.py" line="53"/>
        <source>{size} KB</source>
        <extracomment>What a restore or backup can fail with, each with a one-line message for the person.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="56"/>
        <source>{size:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="58"/>
        <source>{size:.1f} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="64"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="66"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="67"/>
        <source>Daily or by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../../ui/backups_view.py" line="87"/>
        <source>Backups</source>
        <extracomment>A backup was restored: the main window closes; InfoShare must be started again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="92"/>
        <source>This database is on your team&apos;s server ({where}). The server is backed up by your IT department with PostgreSQL&apos;s own tools (pg_dump), not by InfoShare on this PC: ask them how often, how long backups are kept and how to restore one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="98"/>
        <source>InfoShare backs up the database at the first start of each day, before an upgrade and before a restore, into the folder {folder}. Each backup holds every record: keep the folder as safe as the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="106"/>
        <location filename="../../ui/backups_view.py" line="112"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="111"/>
        <source>Made (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="111"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="111"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="120"/>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="122"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="124"/>
        <source>Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="126"/>
        <source>Replace the database with the chosen backup; InfoShare then closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="158"/>
        <source>Cannot read the backups folder: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="186"/>
        <source>Not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="189"/>
        <source>Backed up at {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="200"/>
        <source>This backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="204"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="205"/>
        <source>Replace the database with the backup made on {when} ({count} decisions)? Everything saved since then will be replaced. The database as it is now is kept in the backups folder first.

InfoShare will close when the restore is done: start it again to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="210"/>
        <source>Restore and close InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="220"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="225"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="226"/>
        <source>The backup made on {when} is restored. InfoShare will now close: start it again and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="288"/>
        <location filename="../../ui/sign_in.py" line="307"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="291"/>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="298"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="299"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="300"/>
        <source>At least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="301"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="308"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="320"/>
        <source>Enter the same new password twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../cli.py" line="116"/>
        <source>a team server&apos;s database instead of a file: postgresql://USER@SERVER/DATABASE (default: $INFOSHARE_DATABASE_URL, then IT&apos;s machine-wide configuration). The password comes from this PC&apos;s keyring (see &apos;infoshare server-password&apos;), PGPASSWORD or ~/.pgpass, or is asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="133"/>
        <source>the database file to use (default: $INFOSHARE_DB if set, otherwise {default})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="139"/>
        <source>InfoShare Desktop: record decisions to share, or not to share, personal information about children and families. With no command, opens the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="144"/>
        <source>The database holds OFFICIAL-SENSITIVE personal data: keep it, and any export, on an encrypted, access-controlled drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="162"/>
        <source>fill a database with fictional records, for training or trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="163"/>
        <source>Add fictional but realistic decision records, and a directory of fictional organisations, to a database. On a new database it first creates the demo organisation and its logins (practitioner1 to practitioner4, manager1, manager2, guardian1, admin1; password: demo-password), whose people take the records through every workflow state. Every name is made up and every case reference starts with DEMO-. Refuses a database of a real organisation or one that holds real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="177"/>
        <source>how many records to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="181"/>
        <source>a number that picks the records: the same seed gives the same records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="186"/>
        <source>make a new demo database without encryption (a new one is encrypted unless you say this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="192"/>
        <source>encrypt an existing database (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="193"/>
        <source>Encrypt a database made before encryption was switched on, acting as an administrator (--user). Close InfoShare on every computer that uses the database first. The unencrypted file is backed up first. Afterwards the database opens only with a user&apos;s password or the recovery key this command prints: print it and keep it somewhere safe. Other users can unlock the database after they next sign in while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="208"/>
        <source>move a log to the team&apos;s server (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="209"/>
        <source>Copy everything in one database (records, versions, people, organisations, accounts and the audit trail) into a new, empty one, usually from this PC&apos;s file to the team&apos;s server, acting as an administrator of the one being moved (--user). The move is recorded in the trail, then the rows in every table are counted on both sides and the copied trail is checked from its first event. Refuses a target that already holds records or accounts. Close InfoShare on every computer using the old database first, and afterwards point everyone at the new one. Once the copy has checked, the old database is marked as moved and InfoShare no longer opens it, so nothing is recorded where the team will not see it (&apos;infoshare reopen&apos; undoes that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="223"/>
        <source>the database to move: a file&apos;s path, sqlite:///PATH or a server&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="225"/>
        <source>the empty database to move it into: postgresql://USER@SERVER/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="231"/>
        <source>use a database again after its log was moved (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="232"/>
        <source>After &apos;infoshare migrate&apos; InfoShare no longer opens the old database. If the move is abandoned, an administrator of the old database (--user) can use it again with this command. Records made on the server since the move are not copied back. The change is recorded in the old database&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="245"/>
        <source>remember the team server&apos;s password on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="246"/>
        <source>Keep the password of the team server&apos;s database user in this PC&apos;s own password store (Windows Credential Manager, macOS Keychain, or the Linux desktop&apos;s keyring), so InfoShare connects without asking. It is checked against the server first. It is never written to a file. The password is asked for at the terminal (or read from INFOSHARE_NEW_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="256"/>
        <source>remove the remembered password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="261"/>
        <source>write the records you may read to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="262"/>
        <source>Write every record the signed-in user may read to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="268"/>
        <source>a spreadsheet file (CSV) with one row per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="269"/>
        <source>Write every record you may read (--user) as one row of a CSV file that Excel and LibreOffice open directly: reference, status, practitioner, one column per question, answers as shown on screen, dates as dd/mm/yyyy and times in UK time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="280"/>
        <location filename="../../cli.py" line="517"/>
        <source>the CSV file to write (replaced if it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="286"/>
        <source>add, list or deactivate accounts, or reset a password (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="288"/>
        <source>Manage accounts, acting as an administrator (--user). Accounts are never deleted, only deactivated. On a new database with no accounts, &apos;user add&apos; creates the first administrator instead: give it --organisation and --role administrator. A new password is read from ${env} or asked for twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="300"/>
        <source>create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="301"/>
        <source>Create an account with one or more roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="304"/>
        <source>the name the person signs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="306"/>
        <source>the person&apos;s full name, as shown on records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="308"/>
        <source>for example &apos;Social worker&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="312"/>
        <source>one of {roles}; repeat for several roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="317"/>
        <source>a team the person works in (created if missing); repeat for several teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="322"/>
        <source>a team the person manages (created if missing); repeat for several teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="327"/>
        <source>the organisation&apos;s name: only for the first administrator of a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="332"/>
        <source>the protective marking on reports, with --organisation (default OFFICIAL-SENSITIVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="337"/>
        <source>list every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="338"/>
        <source>List every account, including deactivated ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="342"/>
        <source>stop an account signing in (it is kept, with its records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="343"/>
        <source>Deactivate an account. Its records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="348"/>
        <source>set a new password (also unlocks the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="349"/>
        <source>Set a new password for an account and unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="367"/>
        <source>print a report as a PDF file</source>
        <extracomment>``infoshare report KIND``: each kind&apos;s options are added by its function in ``REPORT_PARSERS`` and it is run by ``REPORT_COMMANDS[KIND]``; every kind also takes ``--db``, ``-o/--output`` and ``--user``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="368"/>
        <source>Write a report as a PDF, acting as a named user (--user) with exactly that user&apos;s permissions. Every page carries the protective marking and &apos;Page X of Y&apos;. Each report is recorded in the audit trail (which report and its parameters; never the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="383"/>
        <source>the PDF file to write (replaced if it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="391"/>
        <source>the record&apos;s reference, e.g. IS-2026-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="397"/>
        <source>the practitioner whose decisions to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="405"/>
        <source>only decisions by members of this team (its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="411"/>
        <source>the first day of the period (date of decision, UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="414"/>
        <source>the last day of the period, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="419"/>
        <source>the case reference the pack is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="422"/>
        <source>replace third parties&apos; names and dates of birth everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="466"/>
        <source>check the audit trail, or export its events (Caldicott Guardians and administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="468"/>
        <source>The audit trail records who did what, and when: signing in and out, every change to a record and every review, who looked at someone else&apos;s record, exports, and changes to settings and accounts. Each event carries a fingerprint of the one before it, so an event that is changed, removed or slipped in later shows up. Only a Caldicott Guardian or an administrator (--user) can use these commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="482"/>
        <source>check that no audit event has been changed, removed or added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="506"/>
        <source>write audit events to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="507"/>
        <source>Write the audit events that match every filter given to a CSV file that Excel and LibreOffice open directly, newest first, with times in UK time. With no filter, every event is written. The export is itself recorded in the audit trail (what, how many and which filters; never the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="521"/>
        <source>only events on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="525"/>
        <source>only events on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="530"/>
        <source>only events of this kind, one of: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="535"/>
        <source>only events about the record with this reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="539"/>
        <source>only events by this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="549"/>
        <source>the username to act as (default: ${user_env}); the password is read from ${password_env} or asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="592"/>
        <source>must be a whole number, 0 or more (got {text!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="643"/>
        <source>Save the password on this PC with &apos;infoshare server-password --database-url ADDRESS&apos;, or set PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="646"/>
        <source>Password for the database server: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="656"/>
        <source>{what} works on database files only. A team server&apos;s database is backed up, checked and protected on the server (PostgreSQL&apos;s pg_dump, encrypted disks and connections): ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="669"/>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="690"/>
        <source>No password given: nothing done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="697"/>
        <source>Say who you are: add --user NAME, or set {env}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="714"/>
        <source>No password for {username}: set {env}, or run the command in a terminal to be asked for it.</source>
        <extracomment>Passwords typed at the prompt during this command, so unlocking an encrypted database and signing in ask only once. Emptied when the command ends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="719"/>
        <source>Password for {username}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="750"/>
        <source>No new password for {username}: set {env}, or run the command in a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="755"/>
        <source>New password for {username}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="757"/>
        <source>Type the new password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="759"/>
        <source>The two passwords do not match: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="764"/>
        <source>There is no display to open the InfoShare window on. To run it without a screen, use: QT_QPA_PLATFORM=offscreen infoshare ... (or use the headless commands &apos;infoshare demo&apos; and &apos;infoshare export csv&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="817"/>
        <source>{path} is encrypted and is not a demo database: demo records go only into a new database or a demo one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="850"/>
        <source>{path} already holds real accounts or records. Demo records go only into a new database or a demo one: choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="861"/>
        <source>Added {count} fictional records to {path} in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="864"/>
        <source>The database is encrypted; every demo login unlocks it. Recovery key: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="873"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="875"/>
        <source>{path} is already encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="884"/>
        <source>Encrypted {path}. It now opens only with a user&apos;s password or this recovery key:

    {key}

Print it or write it down now and keep it locked away: it is shown only once, and without it a forgotten password can lose the records. Other users can unlock the database after they next sign in while it is open.
The unencrypted copy made first is {backup}: delete it once you have checked that the encrypted database opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="908"/>
        <location filename="../../cli.py" line="1232"/>
        <location filename="../../cli.py" line="1263"/>
        <source>Cannot write {target}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="914"/>
        <source>Wrote {count} records to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="929"/>
        <location filename="../../cli.py" line="1560"/>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="940"/>
        <source>{reason} Only an administrator can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="955"/>
        <source>There is no account called {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="991"/>
        <source>{path} has no accounts yet: the first account must be an administrator. Add --role administrator and --organisation NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="999"/>
        <source>{path} has no accounts yet: name the organisation with --organisation NAME to create its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1009"/>
        <source>Set up {organisation} with its first administrator, {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1014"/>
        <source>{path} is already set up: --organisation and --marking are only for the first administrator. Change the organisation&apos;s settings in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1028"/>
        <source>Created the account {username} ({roles}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1061"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1061"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1062"/>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1062"/>
        <source>FULL NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1063"/>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1063"/>
        <source>TEAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1064"/>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1064"/>
        <source>LOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1069"/>
        <source>manages {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1092"/>
        <source>{username} was already deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1098"/>
        <source>Deactivated {username}: they can no longer sign in. Their records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1115"/>
        <source>Set a new password for {username}; the account is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1129"/>
        <source>{reason} Only a Caldicott Guardian or an administrator can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1143"/>
        <source>--expect takes COUNT:HASH as a report prints it at its end: the event count, a colon and at least {digits} hex digits of that event&apos;s fingerprint, such as 1234:3f2a9b1c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1163"/>
        <source>Event {count} still has the fingerprint {hash}… printed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1178"/>
        <source>{target} is a folder: give a file name to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1182"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1186"/>
        <source>The export would replace the database itself: choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1200"/>
        <source>--until must be the same day as --since or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1239"/>
        <source>Wrote {count} audit events to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1278"/>
        <source>Wrote the decision record ({pages} pages) to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1290"/>
        <source>Wrote the supervision report ({count} decisions, {pages} pages) to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1307"/>
        <source>There is no team called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1317"/>
        <source>Wrote the Caldicott Guardian report ({pages} pages) to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1330"/>
        <source>Wrote the subject access pack ({pages} pages) to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1351"/>
        <source>copy the database to a backup file (administrators)</source>
        <extracomment>The ``infoshare report`` commands; add a kind here and in ``REPORT_PARSERS``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1352"/>
        <source>Copy the database, while it is in use, to a backup file that can be restored later with &apos;infoshare restore&apos;. An encrypted database&apos;s backup is encrypted with the same key, and its keyring file (FILE.keys) is written beside it. The app also backs up by itself, at the first start of each day, into the &apos;backups&apos; folder beside the database. Recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1363"/>
        <source>the backup file to write (replaced if it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1367"/>
        <source>replace the database with a backup (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1368"/>
        <source>Replace the database with a backup. The backup is checked first (that it is undamaged, an InfoShare database, and of a version this InfoShare knows), and the database as it is now is kept in the &apos;backups&apos; folder beside it before it is replaced. Everything saved since the backup was made is replaced. Asks before going ahead unless --yes is given. If the database is too damaged to open, nobody can sign in to it: then give --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1380"/>
        <source>the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1384"/>
        <source>do not ask before replacing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1388"/>
        <source>check the database file for damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1448"/>
        <source>Backed up the database to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1455"/>
        <source>Restoring replaces the database: add --yes to go ahead without being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1458"/>
        <source>Replace {path} with the backup {source} ({made})? Everything saved since then is replaced; the current database is kept in the backups folder. Type yes to go ahead: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1463"/>
        <source>Not restored: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1469"/>
        <source>Restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1472"/>
        <source>There is no backup at {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1476"/>
        <source>there is no database there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1487"/>
        <source>Not restored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1494"/>
        <source>The database at {path} cannot be opened ({why}), so nobody can sign in to confirm the restore. If you are sure, run the command again with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1505"/>
        <source>Restored {path} from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1507"/>
        <source>The database as it was before is kept in {before}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1515"/>
        <source>Checking for damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1530"/>
        <source>Database OK: {count} decisions, integrity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1527"/>
        <location filename="../../cli.py" line="1547"/>
        <source>Database NOT OK: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="99"/>
        <source>Unknown option or argument: {arguments}. See &apos;{command} --help&apos; for what it takes.</source>
        <extracomment>Exit codes: the database or display cannot be used (as argparse&apos;s usage errors). The command started but could not finish (an output that cannot be written). A bug: reported without its message, which could hold personal data. Sign-in or permission refused (wrong password, locked account, not allowed). Who the command acts as, and their password, when not given on the command line. The password for a new account or a reset, when not typed at a prompt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="103"/>
        <source>{problem}. See &apos;{command} --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="484"/>
        <source>Check every event in the audit trail, oldest first, then every kept version and every locked record against the fingerprint of its content the trail holds. If nothing has been tampered with, prints &apos;OK: N events, head H&apos; (H is the fingerprint of the newest event) and exits with 0. Otherwise prints &apos;BROKEN at event N: ...&apos; or &apos;BROKEN at record IS-YYYY-NNNNNN: ...&apos;, naming the first event or record that is wrong and what is wrong with it, and exits with 1. Signing in to run the check is itself recorded, so N grows by one each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="498"/>
        <source>also check that the trail still holds event COUNT with a fingerprint starting HASH (at least 8 hex digits), as printed at the end of a report: a trail rebuilt with fresh fingerprints after an edit fails this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="571"/>
        <source>must be a date as dd/mm/yyyy (or yyyy-mm-dd), for example 03/11/2026 (got {text!r})</source>
        <extracomment>Besides dates as the app shows them (dd/mm/yyyy), every command takes ISO dates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="581"/>
        <source>must be a whole number (got {text!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1389"/>
        <source>Check the database file for damage without changing it: SQLite&apos;s integrity check, the links between tables, and the whole audit trail as &apos;infoshare audit verify&apos; checks it (every event, every kept version and every locked record). Prints &apos;Database OK: N decisions, integrity check passed&apos;, then the audit trail&apos;s result and how long checking it took, and exits with 0, or prints the problem and exits with 1 (2 if the file is not an InfoShare database this version can use). No sign-in is needed, except to unlock an encrypted database (--user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1523"/>
        <source>Audit trail {result} (checked in {seconds:.1f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1533"/>
        <source>The audit trail was checked only at its end: this database has an older layout. Open it once with this version of InfoShare (it is upgraded, after a backup), then check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1542"/>
        <source>{path} is on a read-only drive or in a read-only folder: it was checked where it is, but InfoShare can only work in it from a folder you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1564"/>
        <source>--from and --to name the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1584"/>
        <source>Moved {decisions} decisions and {events} audit events to {target} in {seconds:.1f} s. Every table has the same rows on both sides; the audit trail checks: {chain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1590"/>
        <source>Now point every copy of InfoShare at {target} (IT&apos;s config.ini, [database] url). The old database is marked as moved, so InfoShare will not open it again; its records are not changed, and it can be kept as a backup (&apos;infoshare reopen&apos; makes it usable again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1612"/>
        <source>{name} was not marked as moved: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1615"/>
        <source>InfoShare will open {name} again. Its log had been moved to {target}: records made there since are not in this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1628"/>
        <source>Give the server&apos;s address with --database-url: only a server database has a server password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1634"/>
        <source>Forgot the password for {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1636"/>
        <source>No password was remembered for {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1642"/>
        <source>No password: set {env}, or run the command in a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1645"/>
        <source>Password for {server}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1652"/>
        <source>This PC has no password store (keyring) to keep it in. Use PostgreSQL&apos;s own ~/.pgpass file (readable by you only) or PGPASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1656"/>
        <source>Checked and remembered the password for {server} on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1699"/>
        <source>--user is for &apos;infoshare export csv&apos;, &apos;infoshare user&apos;, &apos;infoshare audit&apos; and &apos;infoshare report&apos;. The app asks who you are when it opens, and the demo signs in as its own people.</source>
        <extracomment>Which option or argument a problem&apos;s field comes from, to say where to fix it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1794"/>
        <source>An argument holds a character that is not valid text: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1798"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1803"/>
        <source>Unexpected error ({kind} at {where}). Please report it to IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="57"/>
        <source>Comment</source>
        <extracomment>Runs the review with the comment typed; returns the updated record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="57"/>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="59"/>
        <source>It stays on the record and the author sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigNotice</name>
    <message>
        <location filename="../../ui/config_notice.py" line="22"/>
        <source>InfoShare&apos;s configuration file, set up by your IT department, has mistakes. InfoShare works, but ignores the lines below. Please pass this message on to your IT service desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/config_notice.py" line="36"/>
        <source>The IT configuration has mistakes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="73"/>
        <source>InfoShare had a problem</source>
        <extracomment>The dialog on screen now, if any: later errors are logged, not stacked on top.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="78"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="82"/>
        <source>InfoShare met a problem it did not expect. What you were doing may not have finished, but your typing is autosaved every few seconds, so you can carry on working. Check that your last change is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="88"/>
        <source>If it happens again, tell your IT service desk this reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="96"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="102"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="103"/>
        <source>Copy technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="105"/>
        <source>Copies the reference, the versions and where the problem happened, for the IT service desk. Nothing you typed is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="115"/>
        <source>Copied. Paste it into your message to the IT service desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../ui/backups_view.py" line="241"/>
        <location filename="../../ui/backups_view.py" line="245"/>
        <source>This database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="249"/>
        <source>InfoShare checked {name} as it opened and found a problem, so it will not use it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="255"/>
        <source>The latest good backup was made on {when}. Restoring it replaces the damaged file, which is kept in the backups folder. Anything saved after {when} will have to be entered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="260"/>
        <source>There is no good backup to restore. Close InfoShare, do not delete the file, and contact your IT service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="272"/>
        <location filename="../../ui/backups_view.py" line="273"/>
        <source>Restore the latest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="275"/>
        <source>Close InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_view.py" line="296"/>
        <source>Not restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../ui/widgets/dates.py" line="52"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="78"/>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../ui/record_lists.py" line="496"/>
        <location filename="../../ui/record_lists.py" line="497"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="498"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="499"/>
        <source>Record a new decision (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="514"/>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="514"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="517"/>
        <source>Shared in full or part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="521"/>
        <source>Any consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="521"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="524"/>
        <source>Without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="528"/>
        <source>Any basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="528"/>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="530"/>
        <source>UK GDPR Article 6 lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="533"/>
        <source>All recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="533"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="537"/>
        <source>Decided from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="537"/>
        <location filename="../../ui/record_lists.py" line="538"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="538"/>
        <source>Decided to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="558"/>
        <location filename="../../ui/record_lists.py" line="559"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="597"/>
        <location filename="../../ui/record_lists.py" line="600"/>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="605"/>
        <source>Save these filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="606"/>
        <location filename="../../ui/record_lists.py" line="728"/>
        <source>Delete saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="624"/>
        <source>Cannot load the saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="628"/>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="706"/>
        <source>Save these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="707"/>
        <source>Name for these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="714"/>
        <location filename="../../ui/record_lists.py" line="718"/>
        <source>Cannot save the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="729"/>
        <source>Delete the saved filter “{name}”? The decisions are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="731"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="737"/>
        <source>Cannot delete the saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="753"/>
        <source>whether the person was told: {answers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="756"/>
        <source>waiting for a manager&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="757"/>
        <source>Also filtered by {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="764"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="764"/>
        <source>Chosen recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="768"/>
        <source>No decisions match your search. Check the spelling, search for the start of a name or a case reference, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="771"/>
        <source>No decisions recorded yet.
Choose “New record” to record your first decision to share, or not to share, information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="773"/>
        <source>No decisions to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="21"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="23"/>
        <source>This record has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="26"/>
        <source>Do you want to save them as a draft before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="29"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="32"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="36"/>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../ui/first_start.py" line="59"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/first_start.py" line="52"/>
        <source>Welcome – InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="56"/>
        <source>Where should InfoShare keep its records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="61"/>
        <source>On this PC, for a new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="62"/>
        <source>On my team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="65"/>
        <source>You set the organisation up next. Right for one person or a trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="67"/>
        <source>Your colleagues&apos; records are already there. Your IT department gives you its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="84"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="85"/>
        <source>For example {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="86"/>
        <source>Server password (if IT gave you one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="89"/>
        <source>Remember the password on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="93"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="94"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="123"/>
        <source>Enter the server&apos;s address your IT department gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="129"/>
        <source>Enter the address as IT gave it, starting postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="135"/>
        <source>Enter the server password your IT department gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="136"/>
        <source>The server did not accept that password: check it and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history.py" line="80"/>
        <location filename="../../ui/history.py" line="91"/>
        <source>Versions</source>
        <extracomment>A RecordVersion to open read-only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="82"/>
        <source>A version is kept each time the record is submitted, completed or corrected by an addendum. Select one to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="89"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="89"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="89"/>
        <location filename="../../ui/history.py" line="116"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="89"/>
        <location filename="../../ui/history.py" line="116"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="90"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="94"/>
        <source>No versions yet: this record has not been submitted or completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="99"/>
        <location filename="../../ui/history.py" line="111"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="102"/>
        <source>Open this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="103"/>
        <source>Show the record as it was then, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="114"/>
        <location filename="../../ui/history.py" line="117"/>
        <source>Reviews and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="116"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="116"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="120"/>
        <source>No reviews yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="123"/>
        <location filename="../../ui/history.py" line="135"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="126"/>
        <source>Everything done to this record, oldest first: each save, review, viewing by someone other than its author, and addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="202"/>
        <source>What version {number} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="207"/>
        <source>The first version kept: there is no earlier version to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="217"/>
        <source>Compared with version {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="221"/>
        <source>No answers changed from version {number}: only the status moved on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="348"/>
        <location filename="../../ui/sign_in.py" line="352"/>
        <source>InfoShare is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="356"/>
        <source>InfoShare is locked to keep the records private. {name}, enter your password to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="365"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="370"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="373"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="375"/>
        <source>Sign {name} out and sign in as someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="391"/>
        <source>Enter your password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="60"/>
        <source>Sign in – InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="74"/>
        <source>Sign in to InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="90"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="91"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="96"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="108"/>
        <source>Forgotten everything? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="113"/>
        <source>For administrators: open the database with the printed recovery key and choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="153"/>
        <source>Enter your username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="155"/>
        <source>Enter your password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachineConfig</name>
    <message>
        <location filename="../../machine_config.py" line="54"/>
        <source>{file}: this file does not exist, but {variable} names it. Create the file, or correct or remove {variable}.</source>
        <extracomment>Points at a configuration file to use instead of the machine-wide one. The context the messages are translated in. Whole-number settings IT may preset, with the values allowed (the Settings screen and ``services.settings`` use the same ranges). Text settings IT may preset. Every key of ``[settings]`` (and of ``[locked]``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="59"/>
        <source>{file}: InfoShare cannot read this file ({reason}). Make it readable by every user of this PC; until then none of its settings apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="64"/>
        <source>{file}: this is not a text file InfoShare can read. Save it as plain text (UTF-8); until then none of its settings apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="69"/>
        <source>{file}, line {line}: {what}. Compare it with config.ini.example; until it is corrected none of the file&apos;s settings apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="74"/>
        <source>{file}: [{section}] is not a section InfoShare knows, so it is ignored. Use [database], [settings] or [locked].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="79"/>
        <source>{file}, [{section}]: &apos;{key}&apos; is not a setting InfoShare knows, so it is ignored. Did you mean &apos;{match}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="84"/>
        <source>{file}, [{section}]: &apos;{key}&apos; is not a setting InfoShare knows, so it is ignored. The settings of [{section}] are: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="89"/>
        <source>{file}, [{section}] {key}: the value is empty, so it is ignored. Give a value or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="94"/>
        <source>{file}, [{section}] {key}: the value is longer than {limit} characters, so it is ignored. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="99"/>
        <source>{file}, [{section}] {key}: enter a whole number from {low} to {high}; until then this setting is not preset or locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="104"/>
        <source>{file}, [{section}] {key}: enter yes or no; until then this setting is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="108"/>
        <source>{file}, [locked] {key}: there is no usable {key} in [settings] to lock, so users can change it. Add the value to [settings] or remove the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="113"/>
        <source>{file}, [database] path: give the full path of the database file (for example \\server\share\InfoShare\infoshare.db); until then each user&apos;s own database is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="119"/>
        <source>{file}, [database] url: this is not a database server&apos;s address (it needs the form postgresql://user@server/database), so it is ignored. Correct it or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../machine_config.py" line="124"/>
        <source>{file}, [database] url: the address holds a password, and this file is readable by everyone on the PC. Remove the password from the address: each person&apos;s is kept in their own keyring (infoshare server-password), or the server can accept client certificates. The address is used without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>InfoShare</source>
        <extracomment>How long after start-up (or after a form opens) the next form is built ahead. The user asked to sign out and let someone else sign in (forms already closed). The window was closed to leave InfoShare (not to switch user). Set once the sign-out is in the audit trail (closing or switching user).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>This database is a file on a network drive. That works for a few people at a time; for a whole team, ask your IT department to set up the InfoShare server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>InfoShare is locked.
Enter your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Navigation</source>
        <extracomment>A form built ahead (when the app is idle) for the next record opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Sign out and let someone else sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Recipient organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;About InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Waiting for me ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>Cannot open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>Cannot discard the autosaved work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/organisations_view.py" line="50"/>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations_view.py" line="51"/>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations_view.py" line="62"/>
        <source>Active: offer it when recording a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations_view.py" line="97"/>
        <source>Save organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations_view.py" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations_view.py" line="136"/>
        <source>Cannot save the organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../ui/models.py" line="147"/>
        <source>Name</source>
        <extracomment>Labels of the organisation directory&apos;s fields (the domain has none of its own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="148"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="149"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="150"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="151"/>
        <source>Secure email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="152"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../ui/organisations_view.py" line="156"/>
        <location filename="../../ui/organisations_view.py" line="175"/>
        <source>Recipient organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations_view.py" line="160"/>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations_view.py" line="165"/>
        <source>The directory the record form picks recipients from. Press Enter or double-click an organisation to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations_view.py" line="202"/>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations_view.py" line="203"/>
        <source>{count} organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_form.py" line="105"/>
        <source>Request advice…</source>
        <extracomment>Default pause after the last change before the content is autosaved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="106"/>
        <location filename="../../ui/record_form.py" line="111"/>
        <source>Request advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="107"/>
        <source>Ask for advice before you decide, for example from the Caldicott Guardian or legal. Say what you need advice on. The record stays in your queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="116"/>
        <source>Authorise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="117"/>
        <source>Authorise this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="118"/>
        <source>Your name, job title and today&apos;s date are recorded on the record as its authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="122"/>
        <source>Authorise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="127"/>
        <source>Return for amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="128"/>
        <location filename="../../ui/record_form.py" line="133"/>
        <source>Return for amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="129"/>
        <source>The record goes back to its author to change and submit again. Say what needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="138"/>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="139"/>
        <source>Decline this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="140"/>
        <source>The information must not be shared as recorded. The record stays locked as declined. Say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="144"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="149"/>
        <source>Review emergency share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="150"/>
        <source>Review an emergency share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="151"/>
        <source>This information was shared in an emergency, before review. Record that you have reviewed it, with any comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="155"/>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="160"/>
        <source>Guardian decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="161"/>
        <source>Caldicott Guardian decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="162"/>
        <source>Record the Caldicott Guardian&apos;s decision on this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="164"/>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="169"/>
        <source>Report a breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="170"/>
        <source>Report a breach or misdirected information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="171"/>
        <source>Use this if information from this decision was sent to the wrong person or place, or shared when it should not have been. Say what happened and what has been done. It stays on the record and the Caldicott Guardian sees it in their report. Also follow your organisation&apos;s breach procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="177"/>
        <source>Report breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="272"/>
        <source>Recovered: not saved yet</source>
        <extracomment>Which reviewer&apos;s action is the primary one, best first. Which review entry explains a status, shown at the top of the form. Emitted with the record id after every successful save or review. Emitted when the window has closed. Emitted with a RecordVersion to open read-only. Set when this window shows an earlier version, read-only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="301"/>
        <source>InfoShare is locked.
Enter your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="336"/>
        <source>Sections of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="360"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="396"/>
        <source>The manager&apos;s authorisation below is filled in by the review: when a manager authorises, returns or declines the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="408"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="415"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="426"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="428"/>
        <source>Save draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="429"/>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="431"/>
        <source>Send it to your manager to authorise. It is locked from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="433"/>
        <source>Mark complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="434"/>
        <source>Add addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="436"/>
        <source>Correct the record: the earlier version stays readable in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="438"/>
        <source>Save addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="439"/>
        <source>Cancel addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="470"/>
        <location filename="../../ui/record_form.py" line="476"/>
        <source>There is a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="487"/>
        <location filename="../../ui/record_form.py" line="501"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="490"/>
        <source>Change the answers that need correcting below, and say here why. The earlier version stays readable in the record&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="606"/>
        <source>{action} by {name} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="616"/>
        <source>Version {number} ({kind}), kept on {when} by {name}. This is an earlier version, shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="622"/>
        <source>Adding an addendum: say why in the box below, change what needs correcting, then choose “Save addendum”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="628"/>
        <source>Shown read-only: only {name} can change this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="629"/>
        <source>its author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="635"/>
        <source>Authorised and locked. Record how and when the information was shared and whether the person was told, then choose “Mark complete”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="639"/>
        <source>Completed on {when} and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="644"/>
        <source>Submitted on {when} and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="646"/>
        <source>To correct it, add an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="649"/>
        <source>It was shared in an emergency and is waiting for a manager&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="740"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="754"/>
        <source>New record, not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="756"/>
        <source>{reference}, version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="765"/>
        <source>Recorded by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="781"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="783"/>
        <source>{name}{marker} – InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="914"/>
        <source>Nothing you typed is lost: it is still here in the form, ready to save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="942"/>
        <source>Cannot save the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="945"/>
        <source>Draft saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="958"/>
        <source>Draft saved; not submitted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="962"/>
        <source>Cannot submit the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="965"/>
        <source>Submitted for review at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="979"/>
        <source>Draft saved; the record is not complete yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="983"/>
        <source>Cannot complete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="986"/>
        <source>Record completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="1039"/>
        <source>Unsaved changes (autosave failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="1042"/>
        <source>Unsaved changes, kept safe at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="1086"/>
        <source>Cannot save the addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="1093"/>
        <source>Addendum saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="1130"/>
        <source>{status} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="41"/>
        <source>Enter a real date in the format dd/mm/yyyy, for example 27/03/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="47"/>
        <source>Enter a real time in the format hh:mm, for example 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="60"/>
        <location filename="../../ui/widgets/editors.py" line="683"/>
        <location filename="../../ui/widgets/editors.py" line="770"/>
        <source>Select…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="269"/>
        <source>Now</source>
        <extracomment>Rows were added or removed: the form must rebuild its tab order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="271"/>
        <source>Fill in the current date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="274"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="284"/>
        <source>{label}: time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="287"/>
        <source>{label}: now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="330"/>
        <source>Enter the time as well as the date, for example 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="336"/>
        <source>Enter the date as well as the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="376"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="412"/>
        <source>Name, person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="415"/>
        <source>Role, person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="418"/>
        <source>Date of birth (optional), person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="423"/>
        <source>Remove person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="442"/>
        <source>Summary of the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="453"/>
        <source>Advice from, advice {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="456"/>
        <source>Summary, advice {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="459"/>
        <source>Remove advice {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="579"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="583"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="584"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="585"/>
        <source>Date of birth (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="626"/>
        <source>Add advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="630"/>
        <source>Advice from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="631"/>
        <source>What they advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="668"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="669"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="671"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="684"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="685"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="690"/>
        <source>{test}: answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="695"/>
        <source>{test}: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="755"/>
        <source>Add organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="775"/>
        <source>{name} (no longer active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editors.py" line="882"/>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/record_lists.py" line="210"/>
        <location filename="../../ui/record_lists.py" line="216"/>
        <source>Search</source>
        <extracomment>How long other lists (the audit trail) wait after typing before they search. Columns that fit their text; the recipient stretches. The earliest date the date filters offer; showing it means &quot;any date&quot;. A record to open (its id), from Enter or a double-click. The filters the rows on screen were read with. The search box (the name helpers and the benchmark use).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="214"/>
        <source>Reference, case reference, name, recipient or words in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="218"/>
        <source>Filters the list as you type: each word finds words that start with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="228"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="228"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="230"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="233"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="233"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="329"/>
        <source>Cannot load the filters</source>
        <extracomment>Every filter input, in the order Tab reaches them. Kept for callers that mapped through a sorting proxy: the model is the view&apos;s own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="340"/>
        <location filename="../../ui/record_lists.py" line="347"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="347"/>
        <source>Chosen practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="410"/>
        <source>Cannot load the decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="447"/>
        <source>1 decision matches your search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="448"/>
        <source>{count} decisions match your search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="452"/>
        <source>1 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="453"/>
        <source>{count} decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/models.py" line="117"/>
        <source>{status}, awaiting review</source>
        <extracomment>The role the sort proxy reads: a value that sorts correctly (dates as dates).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="30"/>
        <location filename="../../ui/recovery_dialog.py" line="38"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="42"/>
        <source>InfoShare closed before these changes were saved. Restore them to carry on, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="52"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="53"/>
        <source>{name} — autosaved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="57"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="59"/>
        <source>Restore {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="60"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="61"/>
        <source>Discard {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="74"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="75"/>
        <source>Keep them and ask again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="550"/>
        <location filename="../../ui/sign_in.py" line="553"/>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="557"/>
        <source>For administrators. Type the recovery key printed when InfoShare was set up, then choose a new password for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="569"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="570"/>
        <source>13 groups of four letters and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="571"/>
        <source>Administrator&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="572"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="573"/>
        <source>At least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="574"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="578"/>
        <source>Open and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="579"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="592"/>
        <source>Enter the same new password twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="467"/>
        <source>Keep the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="470"/>
        <source>Keep the recovery key safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="474"/>
        <source>The database is encrypted. If every administrator forgets their password, this key is the only way to open it again. Print it or write it down now, and keep it locked away, apart from this computer. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="480"/>
        <location filename="../../ui/sign_in.py" line="486"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="490"/>
        <location filename="../../ui/sign_in.py" line="491"/>
        <source>I have kept the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="494"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="495"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="511"/>
        <source>InfoShare recovery key

{key}

Keep this page locked away. With it an administrator can open the encrypted database and choose a new password: on the sign-in window, choose &quot;Forgotten everything? Use the recovery key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="521"/>
        <source>InfoShare recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="115"/>
        <source>Decision record</source>
        <extracomment>The form column&apos;s width: wide enough for the hints, the rest is the preview. Pages are rendered for the printer at no more than this resolution. Date inputs drawn like the app&apos;s other inputs (the app&apos;s stylesheet has no QDateEdit). The primary button greyed while a report is being made (else it looks pressable). The start of a saved copy&apos;s file name (never anything about a person).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="116"/>
        <source>Every answer on one decision, with its history, addenda and earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="119"/>
        <source>Supervision report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="120"/>
        <source>One practitioner&apos;s decisions over a period, with outstanding items and sign-off boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="123"/>
        <source>Caldicott Guardian report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="124"/>
        <source>Counts and charts for the organisation or one team over a period, with every share made without consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="128"/>
        <source>Subject access pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="129"/>
        <source>Everything held about one case reference, fit to send to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="198"/>
        <source>The report could not be made because of a fault in InfoShare. Try again; if it keeps happening, tell your IT service desk.</source>
        <extracomment>Percentage done. The PDF&apos;s bytes and the ``ReportResult``. A message for the person.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="300"/>
        <source>Reports</source>
        <extracomment>The report was made and is shown (for tests and the status of the window).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="303"/>
        <source>Make a PDF report, read it here, then save or print it. Every report is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="311"/>
        <location filename="../../ui/reports_view.py" line="314"/>
        <source>There is a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="333"/>
        <location filename="../../ui/reports_view.py" line="665"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="334"/>
        <source>Only the reports you may make are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="344"/>
        <source>For example, IS-2026-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="346"/>
        <source>Decision&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="347"/>
        <source>As shown in the Decisions list and at the top of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="352"/>
        <source>{name} ({username})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="355"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="356"/>
        <source>Whose decisions the report lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="364"/>
        <source>Whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="369"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="370"/>
        <source>The decisions of the whole organisation, or of one team&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="373"/>
        <source>For example, CM-204511</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="375"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="376"/>
        <source>The person&apos;s case reference in your case management system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="377"/>
        <location filename="../../ui/reports_view.py" line="379"/>
        <source>Leave out third parties&apos; names and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="380"/>
        <source>Names and dates of birth of other people are blacked out wherever they appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="388"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="389"/>
        <source>On or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="390"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="391"/>
        <source>Including this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="404"/>
        <source>Make report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="408"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="409"/>
        <source>Stop making the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="418"/>
        <source>Progress of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="419"/>
        <location filename="../../ui/reports_view.py" line="646"/>
        <source>%p% made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="451"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="452"/>
        <source>Save a copy of this report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="453"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="454"/>
        <source>Print this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="462"/>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="468"/>
        <source>Choose a report and press “Make report”. It will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="546"/>
        <source>“From” must be on or before “To”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="551"/>
        <source>Enter the decision&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="557"/>
        <source>Choose the practitioner the report is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="568"/>
        <source>Enter the case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="638"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="666"/>
        <source>1 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="667"/>
        <source>{count} decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="668"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="669"/>
        <source>{count} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="670"/>
        <source>{report}: {decisions}, {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="682"/>
        <source>Report cancelled. Nothing was made or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="742"/>
        <source>Save the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="743"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="756"/>
        <source>The copy was not kept: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="759"/>
        <source>Saved to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="780"/>
        <source>The report could not be printed: the printer did not start. Check it is switched on and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="788"/>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/accounts_view.py" line="202"/>
        <location filename="../../ui/accounts_view.py" line="224"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="205"/>
        <source>Reset {name}&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="209"/>
        <source>Give the new password to them in person or by phone, never by email. A lockout after wrong passwords ends too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="216"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="217"/>
        <source>At least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="218"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="225"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="236"/>
        <source>Enter the same password twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <location filename="../../ui/server_login.py" line="54"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../ui/server_login.py" line="38"/>
        <source>Connect to the server – InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="42"/>
        <source>Connect to your team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="47"/>
        <source>InfoShare&apos;s records are on the server {host} (database {database}, user {user}). Enter the server password your IT department gave for this PC. It is not your own InfoShare password: you sign in after this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="58"/>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="61"/>
        <source>Remember it on this PC (kept in Windows&apos; or the desktop&apos;s own password store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="63"/>
        <source>Remember the server password on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="65"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="81"/>
        <source>Enter the server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="86"/>
        <source>The server did not accept that password. Check it with your IT department and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="97"/>
        <source>This PC has no password store to remember it in. Untick “Remember it on this PC” to connect without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/accounts_view.py" line="541"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="562"/>
        <source>A manager must authorise each decision before it is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="564"/>
        <source>Practitioners may read (not change) their team colleagues&apos; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="578"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="579"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="580"/>
        <source>Printed on every report, for example OFFICIAL-SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="581"/>
        <source>Authorisation required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="583"/>
        <source>Emergency shares can still be completed first and reviewed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="584"/>
        <source>Team reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="585"/>
        <source>Wrong passwords before an account is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="587"/>
        <source>Minutes an account stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="589"/>
        <source>Minutes without use before InfoShare locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="591"/>
        <source>On shared PCs: the screen&apos;s content is hidden until the password is entered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="593"/>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="594"/>
        <source>InfoShare backs up the database at the first start of each day; older backups beyond this number are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="596"/>
        <source>Years to keep decision records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="598"/>
        <source>Counted from the last contact on the case; after that a record is due for review and disposal. One period for the whole organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="600"/>
        <source>Logo on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="601"/>
        <source>A PNG or JPEG image under 1 MB, printed at the top of every report. It changes as soon as you choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="606"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="622"/>
        <source>Set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="636"/>
        <source>Your IT department&apos;s InfoShare configuration file has mistakes; the rest of it still applies. Tell them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="650"/>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="651"/>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="670"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="675"/>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="675"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="682"/>
        <source>Cannot read that file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="700"/>
        <source>Logo saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="700"/>
        <source>Logo removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="707"/>
        <source>Cannot load the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="743"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="180"/>
        <location filename="../../ui/sign_in.py" line="184"/>
        <source>Set up InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="188"/>
        <source>This is the first time InfoShare has been opened with this database. Name your organisation and create the first administrator&apos;s account. The administrator then adds everyone else&apos;s accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="207"/>
        <source>Set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="210"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="212"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="214"/>
        <source>Printed on every report, for example OFFICIAL-SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="215"/>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="218"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="219"/>
        <source>Lower-case letters, numbers, dots, hyphens or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="220"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="221"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="222"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="223"/>
        <source>At least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="224"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="225"/>
        <location filename="../../ui/sign_in.py" line="227"/>
        <location filename="../../ui/sign_in.py" line="228"/>
        <source>Encrypt this database (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="229"/>
        <source>A copied file cannot be read without a password or the recovery key. Untick only if your IT service encrypts the whole drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="238"/>
        <source>Set up and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="239"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="253"/>
        <source>Enter the same password twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/sign_in.py" line="85"/>
        <location filename="../../ui/sign_in.py" line="236"/>
        <location filename="../../ui/sign_in.py" line="305"/>
        <location filename="../../ui/sign_in.py" line="361"/>
        <location filename="../../ui/sign_in.py" line="562"/>
        <source>Problem</source>
        <extracomment>The recovery key to show once set-up is done (encrypted databases only).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/accounts_view.py" line="260"/>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="260"/>
        <source>Rename team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="265"/>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="271"/>
        <source>Save team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="272"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/accounts_view.py" line="78"/>
        <location filename="../../ui/accounts_view.py" line="87"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="78"/>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="87"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="97"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="98"/>
        <source>Lower-case letters, numbers, dots, hyphens or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="99"/>
        <source>A username never changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="100"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="101"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="103"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="107"/>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="110"/>
        <source>Manages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="113"/>
        <source>No teams yet: add teams on the Accounts screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="126"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="127"/>
        <source>At least {count} characters. Tell the person to change it when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="129"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="136"/>
        <source>Save user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="137"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="176"/>
        <source>Enter the same password twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message>
        <location filename="../../ui/record_lists.py" line="787"/>
        <location filename="../../ui/record_lists.py" line="788"/>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="791"/>
        <source>Records submitted for your review, and emergency shares made before review. Press Enter or double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="810"/>
        <source>Nothing waiting for you matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_lists.py" line="811"/>
        <source>Nothing is waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../reports/audit_text.py" line="29"/>
        <source>When</source>
        <extracomment>Audit times carry seconds: several events often share a minute. Longest details summary; the full details stay in the database.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="30"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="31"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="32"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="33"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="35"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="36"/>
        <source>Comment: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="37"/>
        <source>Status now: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="38"/>
        <source>Changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="39"/>
        <source>{count} wrong passwords in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="40"/>
        <source>locked for {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="41"/>
        <source>emergency share, awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="42"/>
        <source>{what}, {rows} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="43"/>
        <source>filters: {filters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="44"/>
        <source>Account: {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="45"/>
        <source>Team: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="46"/>
        <source>Organisation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="47"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="50"/>
        <source>wrong password</source>
        <extracomment>A failed sign-in&apos;s reason as the service records it, in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="51"/>
        <source>unknown username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="52"/>
        <source>account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit_text.py" line="53"/>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="208"/>
        <source>OK: {count} events, head {head}</source>
        <extracomment>What is wrong with the first broken event (None when all is well). The reference of the first record whose content does not match the trail (``broken_sequence`` is then the event it contradicts); None for a broken chain. Locked records and stored versions the trail holds no fingerprint of (made before events carried one): they could not be checked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="209"/>
        <source>BROKEN at event {sequence}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="210"/>
        <source>BROKEN at record {reference}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="211"/>
        <source>Not checked: {count} locked records or versions from before the audit trail kept a fingerprint of record content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="271"/>
        <source>it is missing: the event after event {before} is event {sequence} (events were deleted)</source>
        <extracomment>The fewest hex digits of a hash an anchor may give (32 bits: no accidental match).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="279"/>
        <source>it is out of order: expected event {expected} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="286"/>
        <source>its {column} cannot be read (it was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="293"/>
        <source>it does not follow the event before it (an event was deleted, inserted or moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="300"/>
        <source>its content does not match its hash (a field was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="307"/>
        <source>its hash begins {found}, not {expected} as printed in an earlier report (the trail was rebuilt after that report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="316"/>
        <source>it is missing: the chain ends after {count} events but {expected} were recorded (the newest events were deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="324"/>
        <source>it comes after the newest event recorded ({expected}): it was added afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="331"/>
        <source>the last event is not the one recorded as the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="337"/>
        <source>it is missing: the trail ends after {count} events, but an earlier report printed event {expected} (the newest events were removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="461"/>
        <source>its version {number} ({kind}) does not match the fingerprint event {sequence} kept of it (the stored version was changed)</source>
        <extracomment>In an event&apos;s details: the SHA-256 of the record&apos;s canonical content after the event (``domain.content``). In an event&apos;s details: the number of the version of the record the event kept, and the SHA-256 of that version&apos;s stored JSON payload, byte for byte. Events that write a record past draft: each fixes the record&apos;s content as it then was. Events that keep a frozen version of the record&apos;s content, and name it. Events that write an editable draft: the draft may change again, so nothing is fixed. A record deleted on purpose (retention): its row may be gone. In the details of the ``CONTENT_FINGERPRINTS`` event an upgrade writes: the highest record id and version row id stored before fingerprints began. Where in the record: a version&apos;s number, or ``CURRENT`` for its content now. ``ContentProblem.order`` of a record&apos;s current content (after all its versions).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="464"/>
        <source>its version {number} cannot be read (it was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="466"/>
        <source>its version {number}, kept by event {sequence}, is missing (it was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="468"/>
        <source>its content does not match version {number} as {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="470"/>
        <source>its content does not match what event {sequence} recorded ({action})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="472"/>
        <source>its content cannot be read (it was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="474"/>
        <source>the record is missing: it was deleted outside InfoShare after event {sequence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="476"/>
        <source>the trail holds no event about it (its events were deleted, or it was added outside InfoShare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="479"/>
        <source>no event in the trail kept its version {number} (the event was deleted, or the version was added outside InfoShare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="482"/>
        <source>it is marked {status}, but the trail last recorded it as a draft (event {sequence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="488"/>
        <source>submitted</source>
        <extracomment>How a version&apos;s kind reads in &quot;does not match version 3 as submitted&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="489"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="490"/>
        <source>amended by an addendum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../../domain/display.py" line="33"/>
        <source>Yes</source>
        <extracomment>Separator between several values in one line (no vocabulary label contains it). Separator between entries that are free text and may themselves hold &quot;; &quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/display.py" line="34"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/display.py" line="36"/>
        <source>{answer} – {note}</source>
        <extracomment>One test answer with its note, e.g. &quot;Yes – checked with the manager&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/display.py" line="38"/>
        <source>{test}: {answer}</source>
        <extracomment>One test in a list of all the tests, e.g. &quot;Necessary: Yes – risk of harm&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/display.py" line="39"/>
        <source>{name} ({role}, dob {dob})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/display.py" line="40"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/display.py" line="41"/>
        <source>{source}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../services/errors.py" line="52"/>
        <source>Wrong username or password.</source>
        <extracomment>A wrong password or an unknown username, alike (signing in, or unlocking an encrypted file): never say which part was wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="55"/>
        <source>This account has been deactivated. Ask an administrator if you need it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="59"/>
        <source>This account is locked after {attempts} wrong passwords. Try again in 1 minute, or ask an administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="64"/>
        <source>This account is locked after {attempts} wrong passwords. Try again in {minutes} minutes, or ask an administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="69"/>
        <source>Wrong password. The account is now locked for {minutes} minutes after too many wrong passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="74"/>
        <source>There is no account with id {user_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="135"/>
        <source>This organisation is already set up. Sign in instead.</source>
        <extracomment>argon2id with the library&apos;s RFC 9106 low-memory profile.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="386"/>
        <source>This is the only active administrator. Make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="469"/>
        <source>Enter the username of an active administrator of this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="504"/>
        <location filename="../../services/oversight.py" line="90"/>
        <source>There is no team with id {team_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="82"/>
        <source>Cannot write the backup {name}: {reason}.</source>
        <extracomment>A backup file that could not be written, and why (the system&apos;s words).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="84"/>
        <source>No space left where the backup is being written ({folder}). Free some space there, or choose another place for the backup, then back up again. The database itself is unchanged.</source>
        <extracomment>The disk (or share, or memory stick) the backup goes to filled up: the database is fine.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="89"/>
        <source>Not restored: {problem}</source>
        <extracomment>A backup that failed its check before a restore, and what the check found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="200"/>
        <source>The database could not be read to back it up ({reason}). Run &apos;infoshare check&apos; on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="248"/>
        <source>pg_dump is not installed on this PC, so InfoShare cannot back up the server database from here. Ask your IT department: they back it up on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="271"/>
        <source>pg_dump could not back up the server database: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="405"/>
        <source>That is the database itself: choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="18"/>
        <source>The database address must start with postgresql+psycopg:// (a team&apos;s server) or sqlite:/// (a file). Check the address and try again.</source>
        <extracomment>An address that is neither a server&apos;s nor a file&apos;s (raised as ``NotADatabaseError``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="65"/>
        <source>{path} is encrypted: sign in with your username and password to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="87"/>
        <source>{name} is no longer used: its log was moved to {to}. Open that database instead (ask IT if InfoShare still opens this one). An administrator can use this copy again with &apos;infoshare reopen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="94"/>
        <source>{name} is no longer used: its log was moved to {to} on {date}. Open that database instead (ask IT if InfoShare still opens this one). An administrator can use this copy again with &apos;infoshare reopen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="923"/>
        <source>This database holds real records.</source>
        <extracomment>Decisions are spread over this many days before &quot;now&quot;. Surnames nobody has, so demo records can never be taken for real families. Every demo account signs in with this password (it is in the README). The demo organisation&apos;s people: two practitioners and a manager per team. The fictional directory: every recipient type at least once. A closed organisation: shows how inactive entries look; never chosen for new records. Purposes that make sense for each kind of recipient. The best-interests reasoning where the person lacks capacity to consent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="928"/>
        <source>This database belongs to a real organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="933"/>
        <source>The demo administrator cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="937"/>
        <source>Some demo accounts are missing or deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/encryption.py" line="42"/>
        <source>That recovery key does not open this database. Check each group of four characters against the printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/encryption.py" line="46"/>
        <source>That is not a recovery key: it has 13 groups of four letters and numbers, for example ABCD-EFGH-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/encryption.py" line="162"/>
        <source>{name} already exists: choose a new file name.</source>
        <extracomment>Base32 letters a person may misread when typing from paper.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/encryption.py" line="189"/>
        <source>This database is already encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/encryption.py" line="192"/>
        <source>InfoShare encrypts database files only. A server database is protected by the server (encrypted disks and connections): ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/encryption.py" line="250"/>
        <source>The encrypted copy did not match the database, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/encryption.py" line="280"/>
        <source>{name} is already encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/encryption.py" line="286"/>
        <source>Only an administrator can encrypt the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/encryption.py" line="370"/>
        <source>Cannot update the key file beside {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/guard.py" line="26"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/guard.py" line="29"/>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="19"/>
        <source>There is no organisation with id {org_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/oversight.py" line="82"/>
        <source>Only a Caldicott Guardian can run the Caldicott Guardian report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/oversight.py" line="84"/>
        <source>The start date {since} is after the end date {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/oversight.py" line="86"/>
        <source>There are no decisions dated from {since} to {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/oversight.py" line="88"/>
        <source>There are no decisions dated from {since} to {until} for {team}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/oversight.py" line="91"/>
        <source>There are no records you may read for case reference {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/oversight.py" line="93"/>
        <source>Enter a case reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/presets.py" line="159"/>
        <source>There is no such saved filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/records.py" line="161"/>
        <source>There is no record with id {record_id}.</source>
        <extracomment>The actions that concern one existing record, for ``allowed_actions``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="276"/>
        <source>{reference} is {status} and locked: its content can no longer be changed. Add an addendum to correct it.</source>
        <extracomment>Form fields the review writes (the manager&apos;s authorisation): never typed by the author. Every answer on the form. What the author writes (a draft, or an addendum): every answer but the review&apos;s. What completing an authorised record may add: only what is known after sharing. Why a step is refused; the services turn each into the matching error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="281"/>
        <source>Only the transfer details and whether the person was told can be added now. To change anything else, add an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/reporting.py" line="173"/>
        <source>Cannot write {target}: {reason}.</source>
        <extracomment>What the audit trail calls each report. Suffix of the file a report is written to before it is moved into place. The share of the progress bar given to gathering the data; layout has the rest. Told the fraction of the report made so far; may raise ``ReportCancelled``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/reporting.py" line="191"/>
        <source>There is no record with the reference {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/reporting.py" line="292"/>
        <source>The period starts ({since}) after it ends ({until}): give a &apos;from&apos; date on or before the &apos;to&apos; date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/reporting.py" line="306"/>
        <source>There is no account called {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/reporting.py" line="311"/>
        <source>You may not read {name}&apos;s records, so you cannot print their supervision report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/reporting.py" line="330"/>
        <source>{name} has no decisions dated from {since} to {until}: no report written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/transfer.py" line="68"/>
        <location filename="../../storage/transfer.py" line="126"/>
        <source>The target database already holds records or accounts. Copy into a new, empty database: nothing was written.</source>
        <extracomment>Rows read and written at a time: bounded memory whatever the size of the log. Tables that say whether a database is in use: any row in one of them means &quot;not empty&quot;. One row written by the migrations themselves, replaced rather than copied. The setting that marks a log as moved elsewhere (kept beside the organisation&apos;s settings).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/transfer.py" line="82"/>
        <source>The copy does not match the original (rows differ in: {tables}). Do not use the copy; the original is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/transfer.py" line="89"/>
        <source>The copied audit trail does not verify: {chain}. Do not use the copy; the original is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/audit.py" line="73"/>
        <source>The audit trail has been changed outside InfoShare: it holds {newest} events but {count} were recorded. Nothing was saved. Ask your Caldicott Guardian or IT to check the database (infoshare audit verify) and restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="144"/>
        <source>Cannot create the backups folder {folder}: {reason}.</source>
        <extracomment>Tables every InfoShare database has; a file without them belongs to something else. The side files SQLite keeps next to a database in WAL mode. Backups live in this folder beside the database, named ``&lt;stem&gt;-YYYYMMDD-HHMMSS.db``. The first problem found, translatable (None when the file is fine). The file itself is sound but it is not a database this version of InfoShare can use. The file is sound but the audit trail does not end where it should (tampering). The file is on a read-only drive or in a read-only folder: read as it is there (InfoShare cannot open it there to work in it), which is not damage. Both drivers&apos; errors (plain SQLite and SQLCipher), as far as this build has them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="241"/>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="245"/>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="248"/>
        <source>{name} is not a database file (or it is encrypted with a key this database does not have).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="257"/>
        <source>{name} is damaged or cannot be read with this database&apos;s key: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="262"/>
        <source>Cannot read {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="274"/>
        <source>{name} is on a read-only drive or in a read-only folder and could not be read there ({reason}). Copy it to a folder you can change, then check the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="286"/>
        <source>{name} is another application&apos;s database, not an InfoShare one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="293"/>
        <source>{name} has a database layout (schema {revision}) this version of InfoShare does not know: it was made by a newer version or another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="301"/>
        <source>{name} is damaged: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="307"/>
        <source>{name} is damaged: rows in {table} refer to rows that are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="314"/>
        <source>{name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="330"/>
        <source>the audit trail does not end with the event recorded as the newest (run &apos;infoshare audit verify&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="353"/>
        <source>The database is open in another copy of InfoShare (or another program). Close it there, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="372"/>
        <source>The copy of the backup could not be checked: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="69"/>
        <source>{database} on {host}</source>
        <extracomment>The SQLite file, or None for a database on a PostgreSQL server. The SQLCipher key the file is encrypted with, or None for a plain file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="71"/>
        <source>{database} on the local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="88"/>
        <source>Only a database file can be encrypted by InfoShare; a server database is protected by the server. Open it without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="107"/>
        <source>Cannot update the database {name}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="141"/>
        <source>The database {database} at {address} holds another program&apos;s tables, not InfoShare&apos;s: choose another database, or ask IT for an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="149"/>
        <source>The database at {address} was made by a newer version of InfoShare (schema {revision}). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="160"/>
        <source>The database server at {address} needs the password of its user {user}, or refused the one given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="167"/>
        <source>Cannot open the database at {address}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="219"/>
        <source>{reason} Nothing was changed in the database {name}.</source>
        <extracomment>A write that failed: why (one of the reasons below), and that nothing was kept.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="346"/>
        <source>{path} is empty (0 bytes), so there is no database in it: check that it is the right file, or restore the database from a backup.</source>
        <extracomment>Lower-case fragments of SQLite&apos;s messages, most specific first. The same for a PostgreSQL server (psycopg&apos;s and the server&apos;s messages). PostgreSQL&apos;s SQLSTATE codes (or their classes) for the same, checked first. A file of 0 bytes: never an InfoShare database (even a new one has its tables).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="351"/>
        <source>{path} is on a read-only drive or in a read-only folder, so InfoShare cannot open it there (this does not mean it is damaged). Copy it to a folder you can change, or ask IT for permission to change files in that folder.</source>
        <extracomment>A sound file that SQLite cannot open because nothing may be written beside it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="384"/>
        <source>{path} is a folder, not an InfoShare database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="390"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="395"/>
        <source>{path} is not an InfoShare database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="398"/>
        <source>{path} is not encrypted: open it without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="411"/>
        <source>Cannot open {path}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="415"/>
        <source>{path} cannot be opened with this key, or is not an InfoShare database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="420"/>
        <source>{path} cannot be read as an InfoShare database ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="425"/>
        <source>{path} is another program&apos;s database, not an InfoShare one: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="432"/>
        <source>{path} was made by a newer version of InfoShare, or by another program (schema {revision}). Install the newer version to open it, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="447"/>
        <source>Cannot create the database {path}: {reason}. Choose a folder you can save files in, or ask IT for permission to change files in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/keyring.py" line="114"/>
        <source>The keyring holds an entry this version cannot read.</source>
        <extracomment>argon2id parameters for new entries: RFC 9106&apos;s low-memory profile (64 MiB, 3 passes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/keyring.py" line="150"/>
        <source>The key file {name} is missing: it must stay beside the database. Restore it from a backup, or use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/keyring.py" line="158"/>
        <source>The key file {name} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/keyring.py" line="163"/>
        <source>The key file {name} was made by another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/keyring.py" line="170"/>
        <source>The key file {name} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../services/export.py" line="48"/>
        <source>{name} cannot read decision records (administrators manage accounts and settings, not records), so there is nothing to export. Sign in as a practitioner, manager or Caldicott Guardian.</source>
        <extracomment>Spreadsheets run a cell starting with these as a formula (&quot;CSV injection&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../domain/fields.py" line="62"/>
        <source>Context</source>
        <extracomment>Longest single-line answer; longer text belongs in a long-text field. Longest free-text answer (a long chronology pasted in still fits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="63"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="64"/>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="65"/>
        <source>Consent and transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="66"/>
        <source>Advice and authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="67"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="126"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="129"/>
        <source>Enter the case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="131"/>
        <source>The ID in the case-management system, for example CM-204511</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="137"/>
        <source>People whose information is involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="140"/>
        <source>Add at least one person whose information is involved, with their name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="145"/>
        <source>Add each person on their own line. Third parties can be redacted later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="151"/>
        <source>How it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="154"/>
        <source>Select how the decision started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="160"/>
        <source>Requesting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="163"/>
        <source>Enter the organisation that made the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="169"/>
        <source>Requester&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="172"/>
        <source>Enter the name of the person who made the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="178"/>
        <source>Requester&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="181"/>
        <source>Enter the requester&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="187"/>
        <source>Date request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="190"/>
        <source>Enter the date the request was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="196"/>
        <source>What was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="199"/>
        <source>Enter what was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="205"/>
        <source>How the requester&apos;s identity was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="208"/>
        <source>Enter how you checked the requester&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="209"/>
        <source>For example, called back on a number from the force switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="217"/>
        <source>Emergency: shared first, recorded after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="221"/>
        <source>Tick if the information had to be shared before this record was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="228"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="231"/>
        <source>Select the outcome of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="237"/>
        <source>Purpose category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="240"/>
        <source>Select the purpose category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="246"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="249"/>
        <source>Enter the purpose of sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="251"/>
        <source>What the information is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="255"/>
        <source>Why it is necessary and proportionate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="258"/>
        <source>Enter why sharing is, or is not, necessary and proportionate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="260"/>
        <source>Your reasons for the decision, whether or not you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="264"/>
        <source>The seven tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="267"/>
        <source>Answer each of the seven tests, Yes or No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="269"/>
        <source>Is the sharing necessary, proportionate, relevant, adequate, accurate, timely and secure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="277"/>
        <source>What was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="280"/>
        <source>Enter what was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="286"/>
        <source>Categories of data shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="289"/>
        <source>Select at least one category of data shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="296"/>
        <source>What was withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="299"/>
        <source>Enter what was withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="305"/>
        <source>Why it was withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="308"/>
        <source>Enter why the information was withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="314"/>
        <source>Recipient organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="317"/>
        <source>Select the recipient organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="320"/>
        <source>Choose from the directory, or add a new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="321"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="325"/>
        <source>Recipient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="328"/>
        <source>Enter the name of the person who received the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="334"/>
        <source>Recipient&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="337"/>
        <source>Enter the recipient&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="343"/>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="346"/>
        <source>Enter the name of the person who made the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="351"/>
        <source>Decision maker&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="354"/>
        <source>Enter the decision maker&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="359"/>
        <source>Date and time of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="362"/>
        <source>Enter the date and time of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="364"/>
        <source>Date of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="369"/>
        <source>UK GDPR Article 6 basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="372"/>
        <source>Select the UK GDPR Article 6 basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="375"/>
        <source>Public authorities doing their tasks usually rely on (e) public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="381"/>
        <source>Article 9 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="384"/>
        <source>Select the Article 9 condition for sharing special category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="390"/>
        <source>Needed because special category data was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="394"/>
        <source>DPA 2018 Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="397"/>
        <source>Select the DPA 2018 Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="401"/>
        <source>Needed for this Article 9 condition and for criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="407"/>
        <source>Para 18: purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="410"/>
        <source>Select the para 18 purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="417"/>
        <source>Para 18: the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="420"/>
        <source>Select who the para 18 protection is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="427"/>
        <source>Para 18: why without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="430"/>
        <source>Select why the information is shared without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="438"/>
        <source>Common-law duty of confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="441"/>
        <source>Select the basis for setting aside confidentiality, or Not confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="450"/>
        <source>Legal power or gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="453"/>
        <source>Select the legal power or gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="458"/>
        <source>Other legal power or gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="461"/>
        <source>Enter the legal power or gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="468"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="471"/>
        <source>Select the consent position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="477"/>
        <source>Why consent was not sought or was overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="480"/>
        <source>Select why consent was not sought or was overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="487"/>
        <source>More about the consent decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="490"/>
        <source>Enter the best-interests reasoning: who found the person lacks capacity to decide, and why this decision is in their best interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="497"/>
        <source>Where the person lacks capacity, say who assessed it and why this is in their best interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="505"/>
        <source>Views of the person or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="512"/>
        <source>Person informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="515"/>
        <source>Select whether the person has been told about the sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="521"/>
        <source>Why the person has not been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="524"/>
        <source>Enter why the person has not been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="530"/>
        <source>Steps to protect third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="534"/>
        <source>Redactions made, identities withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="539"/>
        <source>Advice sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="542"/>
        <source>Select who gave each piece of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="543"/>
        <source>Who you asked and a summary of what they advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="547"/>
        <source>Authorising manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="550"/>
        <source>Enter the name of the authorising manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="555"/>
        <source>Authorising manager&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="558"/>
        <source>Enter the authorising manager&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="563"/>
        <source>Date of authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="566"/>
        <source>Enter the date of the manager&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="571"/>
        <source>Manager&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="574"/>
        <source>Select the manager&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="580"/>
        <source>Manager&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="587"/>
        <source>Referred to the Caldicott Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="591"/>
        <source>For police requests, hard cases and breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="595"/>
        <source>Date referred to the Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="598"/>
        <source>Enter the date of the referral to the Caldicott Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="604"/>
        <source>Caldicott Guardian&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="607"/>
        <source>Enter the Caldicott Guardian&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="614"/>
        <source>Date and time shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="617"/>
        <source>Enter the date and time the information was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="623"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="626"/>
        <source>Select how the information was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="633"/>
        <source>Requester&apos;s identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="637"/>
        <source>For example, called back on a known number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="642"/>
        <source>Recipient&apos;s address checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="650"/>
        <source>Receipt confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="658"/>
        <source>Data sharing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="662"/>
        <source>Its reference, if one is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="667"/>
        <source>Retention or deletion agreed with the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="674"/>
        <source>Review or follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="686"/>
        <source>Reference</source>
        <extracomment>Labels of the record&apos;s own columns that are not questions on the form.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="687"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="688"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="689"/>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/fields.py" line="691"/>
        <source>Practitioner</source>
        <extracomment>The record&apos;s author (the practitioner who wrote it), by full name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../reports/audit.py" line="43"/>
        <source>Audit trail</source>
        <extracomment>The PDF&apos;s title in its metadata (never a person&apos;s name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit.py" line="44"/>
        <source>Generated by {name} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit.py" line="45"/>
        <source>Filters: {filters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit.py" line="46"/>
        <source>none (every event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit.py" line="47"/>
        <source>1 event, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit.py" line="48"/>
        <source>{count} events, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/audit.py" line="49"/>
        <source>No events match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="26"/>
        <source>{title} – Total: {total}</source>
        <extracomment>Category labels longer than this are shortened on the chart (the table has them whole).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="51"/>
        <source>Caldicott Guardian report</source>
        <extracomment>The PDF&apos;s title in its metadata (never a reference or a person&apos;s name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="52"/>
        <source>Whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="53"/>
        <location filename="../../reports/supervision.py" line="53"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="54"/>
        <source>{since} to {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="55"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="56"/>
        <source>Decisions in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="57"/>
        <source>Decisions whose date of decision falls in the period (UK dates, inclusive); drafts are not counted. A share is “without consent” when consent was not sought, was refused and overridden, or the person lacked capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="63"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="64"/>
        <source>Shares without consent or with consent overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="66"/>
        <source>People not told about the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="67"/>
        <source>Police and court requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="68"/>
        <source>Caldicott Guardian referrals and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="69"/>
        <source>Breaches and misdirected information reported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="71"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="72"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="73"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="74"/>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="75"/>
        <source>{count} decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="76"/>
        <source>1 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="77"/>
        <location filename="../../reports/supervision.py" line="59"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="78"/>
        <location filename="../../reports/subject.py" line="46"/>
        <location filename="../../reports/supervision.py" line="58"/>
        <location filename="../../reports/supervision.py" line="61"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="79"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="81"/>
        <source>By outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="82"/>
        <location filename="../../reports/supervision.py" line="56"/>
        <location filename="../../reports/supervision.py" line="64"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="83"/>
        <source>Decisions by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="84"/>
        <source>By Article 6 lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="85"/>
        <location filename="../../reports/supervision.py" line="66"/>
        <source>Article 6 basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="86"/>
        <source>By consent status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="87"/>
        <location filename="../../reports/subject.py" line="69"/>
        <location filename="../../reports/supervision.py" line="65"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="88"/>
        <source>Decisions by consent status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="89"/>
        <source>By type of recipient organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="90"/>
        <source>Recipient type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="91"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="92"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="93"/>
        <source>Decisions by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="96"/>
        <source>Jan</source>
        <extracomment>Short month names for the counts by month (&quot;Jan 2026&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="96"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="97"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="97"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="98"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="98"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="99"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="99"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="100"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="100"/>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="101"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="101"/>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="104"/>
        <location filename="../../reports/supervision.py" line="62"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="105"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="106"/>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="107"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="108"/>
        <source>Told?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="109"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="110"/>
        <location filename="../../reports/supervision.py" line="79"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="111"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="112"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="113"/>
        <source>Outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="114"/>
        <source>Guardian decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="116"/>
        <source>Audit trail anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="117"/>
        <source>When this report was made, the audit trail held {count} events; below are the newest event&apos;s number and the start of its fingerprint. Keep this page apart from the database: if the trail is later changed and its fingerprints worked out again, checking it against this anchor shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="123"/>
        <source>To check it, IT or the Caldicott Guardian runs: infoshare audit verify --expect {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/guardian.py" line="126"/>
        <source>Full fingerprint of event {count}: {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="52"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="54"/>
        <source>InfoShare {version}</source>
        <extracomment>Beside the page number: which version of the app made the report.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="55"/>
        <source>Generated by {name} on {when} (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="56"/>
        <source>Audit trail: {count} events, head {head}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="57"/>
        <source>Audit trail: 1 event, head {head}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="58"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/oversight_data.py" line="103"/>
        <location filename="../../reports/supervision.py" line="60"/>
        <source>Not recorded</source>
        <extracomment>Decisions per month, each month given as its first day. Reported in the period, whenever the decision was made. The counts&apos; row for decisions without the answer; the other rows&apos; labels are vocabulary labels. The report translates both as it prints them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="50"/>
        <source>Decision record</source>
        <extracomment>The PDF&apos;s title in its metadata (never a reference or a person&apos;s name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="51"/>
        <location filename="../../reports/subject.py" line="42"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="52"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="53"/>
        <location filename="../../reports/supervision.py" line="74"/>
        <source>Emergency share awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="54"/>
        <location filename="../../reports/supervision.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="55"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="56"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="57"/>
        <source>No people recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="58"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="59"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="60"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="61"/>
        <source>Workflow history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="62"/>
        <location filename="../../reports/supervision.py" line="83"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="63"/>
        <location filename="../../reports/supervision.py" line="84"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="64"/>
        <location filename="../../reports/supervision.py" line="85"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="65"/>
        <location filename="../../reports/supervision.py" line="86"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="66"/>
        <source>No reviews, advice requests or decisions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="67"/>
        <source>Versions and addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="68"/>
        <source>No version kept yet: the record is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="69"/>
        <source>Version {number}: {kind}, {when}, by {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="71"/>
        <source>Version {number}: {kind}, {when}</source>
        <extracomment>A version kept by the app itself (a record locked before versions were kept).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="72"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="73"/>
        <source>The first kept version: every answer as above, as it stood then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="75"/>
        <source>No answer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="76"/>
        <source>Changed since version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="77"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="78"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/record.py" line="79"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="40"/>
        <source>Subject access pack</source>
        <extracomment>The PDF&apos;s title in its metadata (never a reference or a person&apos;s name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="41"/>
        <source>Decision {number} of {count}: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="43"/>
        <source>Third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="44"/>
        <source>Redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="45"/>
        <source>Not redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="47"/>
        <source>About this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="48"/>
        <source>Also recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="49"/>
        <source>Reviewers’ comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="50"/>
        <source>Corrections and earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="51"/>
        <source>A version of the record is kept each time it is submitted or completed, and each time it is corrected afterwards (an addendum, with its reason). Each version shows what changed from the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="55"/>
        <source>The first version kept; the versions after it list what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="57"/>
        <source>No earlier versions or corrections are held for this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="60"/>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="61"/>
        <source>People the record is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="62"/>
        <source>What was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="63"/>
        <source>What was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="64"/>
        <source>What was not shared, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="65"/>
        <source>Shared with (organisation and type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="66"/>
        <source>When and how it was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="67"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="68"/>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="70"/>
        <source>Were you told?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="73"/>
        <source>This pack lists every record we hold, under the case reference above, of a decision to share or not to share personal information. You are entitled to it under Article 15 of the UK General Data Protection Regulation (the right of access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="79"/>
        <source>For each decision it says when the decision was made, what information was shared (or not shared), which organisation received it and what kind of organisation that is, why it was shared, the lawful basis we relied on, whether consent was asked for, and whether you (or the person concerned) were told. The rest of what the record holds follows, with any comments made by the managers who reviewed it, and every earlier version of the record and correction made to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="87"/>
        <source>Dates are UK dates (day/month/year) and times are UK local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="90"/>
        <source>Information about other people (third parties) has been removed to protect their privacy. Where you see “[redacted third party]”, a name or other detail of another person has been taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="95"/>
        <source>Nothing has been removed from this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/subject.py" line="96"/>
        <source>If anything here is wrong, or you want to know more, please contact us using the details in the letter that came with this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="51"/>
        <source>Supervision report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="52"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="54"/>
        <source>{since} to {until}, by date of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="55"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="57"/>
        <location filename="../../reports/supervision.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="63"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="67"/>
        <source>Person informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="69"/>
        <source>Outstanding items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="70"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="71"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="72"/>
        <source>Nothing outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="73"/>
        <source>Person not yet informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="75"/>
        <source>Returned for amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="76"/>
        <source>Follow-up date passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="77"/>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="78"/>
        <source>Requests refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="80"/>
        <source>Reason not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="81"/>
        <source>No request was refused in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="82"/>
        <source>Manager&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="87"/>
        <source>No comments on these decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="88"/>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="89"/>
        <source>We have discussed the decisions above and the outstanding items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="91"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/supervision.py" line="93"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/oversight.py" line="80"/>
        <source>[redacted third party]</source>
        <extracomment>What stands in a subject access pack where a third party&apos;s name or birth date was.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../domain/accounts.py" line="16"/>
        <source>Enter a username of 2 to 40 characters: lower-case letters, numbers, dots, hyphens or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/accounts.py" line="21"/>
        <source>Enter the person&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/accounts.py" line="22"/>
        <source>Select at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/accounts.py" line="23"/>
        <source>Enter a password of at least {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/accounts.py" line="26"/>
        <source>Choose a password that is not the username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/accounts.py" line="29"/>
        <location filename="../../domain/organisation.py" line="14"/>
        <location filename="../../services/settings.py" line="39"/>
        <source>Shorten this to {limit} characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/accounts.py" line="30"/>
        <source>Enter the team&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/organisation.py" line="12"/>
        <location filename="../../services/settings.py" line="35"/>
        <source>Enter the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/organisation.py" line="13"/>
        <source>Select the type of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="124"/>
        <source>You cannot {action}: it is {relation}.</source>
        <extracomment>role -&gt; action -&gt; the relations under which the role may act.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="125"/>
        <source>You cannot {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="126"/>
        <source>You cannot {action}: it is your own record. Another manager must review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="129"/>
        <source>This account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="26"/>
        <source>{label} must be {limit} characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="27"/>
        <source>Remove the unusual character in {label}: it cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="30"/>
        <source>{label} must be today or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="31"/>
        <source>Check the year in {label}: it is not a date that can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="34"/>
        <source>Enter a name and choose a role for each person, or remove the empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="37"/>
        <source>The date the request was received must be on or before the date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="40"/>
        <source>The date shared must be on or after the date the request was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="43"/>
        <source>The date shared must be on or after the date and time of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="46"/>
        <source>The decision must be dated on or before the date it was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="51"/>
        <source>The outcome says the information was shared, but consent says it was refused and not shared: correct the outcome or the consent answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="55"/>
        <source>Consent says “Sought and refused – not shared”, but the outcome says it was shared: choose “Sought and refused – shared anyway” or correct the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="60"/>
        <source>The outcome is Not shared, but consent says it was refused and shared anyway: correct the outcome or the consent answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="64"/>
        <source>Consent says “Sought and refused – shared anyway”, but the outcome is Not shared: choose “Sought and refused – not shared” or correct the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="69"/>
        <source>Article 6(1)(a) rests on consent, but consent was not given: choose the basis you relied on, usually (e) Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="73"/>
        <source>Article 9(2)(a) rests on explicit consent, but consent was not given: choose the condition you relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="77"/>
        <source>A consent-based lawful basis is chosen, but this answer says consent was not given: correct the consent answer or the lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="81"/>
        <source>The person lacks capacity: choose “Best interests of a person lacking capacity” as the basis for setting aside confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="85"/>
        <source>Remove the answer to “{label}”: nothing was shared, so there is no transfer to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="89"/>
        <source>Untick “{label}”: nothing was shared, so there is no transfer to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="87"/>
        <source>You cannot {action} while it is {status}.</source>
        <extracomment>action -&gt; {status before: status after}, for the moves that need no condition. Review actions that must say why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="88"/>
        <source>This record needs a manager&apos;s authorisation before it can be completed: submit it for review. Only an emergency share can be completed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="93"/>
        <source>This record is not an emergency share awaiting review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="45"/>
        <source>This username is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="46"/>
        <source>A team with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="47"/>
        <source>Choose teams from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="48"/>
        <source>Enter your current password correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="49"/>
        <source>Choose a new password that is different from the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="61"/>
        <source>{name} changed this record {when}. Your text is kept here: copy what you need, then reopen the record to see their changes.</source>
        <extracomment>Why a save was refused because someone else saved the record first. The form shows it above the user&apos;s own text, which it keeps.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="66"/>
        <source>You changed this record in another window or on another computer {when}. Your text is kept here: copy what you need, then reopen the record to see that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="71"/>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="72"/>
        <source>at {time} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="73"/>
        <source>at {time} yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="74"/>
        <source>on {date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="75"/>
        <source>since you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="21"/>
        <source>An organisation with this name is already in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/presets.py" line="38"/>
        <source>Enter a name for these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/presets.py" line="39"/>
        <source>Shorten the name to {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="288"/>
        <source>Select an organisation from the directory, or add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="286"/>
        <source>Enter the reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="287"/>
        <source>Change at least one answer, or cancel the addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="291"/>
        <source>Enter a comment saying why, so the practitioner knows what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="294"/>
        <source>Enter the Caldicott Guardian&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="295"/>
        <source>Describe what went wrong: what was sent or shared, to whom, when you found out, and what has been done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="299"/>
        <source>Shorten the comment to {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="36"/>
        <source>Enter the protective marking, for example OFFICIAL-SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="40"/>
        <source>Enter a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="41"/>
        <source>Your IT department sets this. Ask them to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="219"/>
        <source>Choose a PNG or JPEG image for the logo</source>
        <extracomment>The allowed range of each number setting (those IT may preset are checked alike when the machine-wide configuration is read). The setting row that holds the logo (base64 of the image file&apos;s bytes). A logo bigger than this is refused: it is printed a few centimetres wide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="220"/>
        <source>Choose a logo smaller than 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="225"/>
        <source>The disk is full. Free some space (or ask IT to), then try again.</source>
        <extracomment>What went wrong with the file and what to do, by the driver&apos;s own words for it. (Marked for translation in &quot;rules&quot;; ``_reason`` hands them on as ``Message``s, which the errors carry and the UI translates.)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="227"/>
        <source>The database file or its folder is read-only. Ask IT to give you permission to change files in that folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="230"/>
        <source>Another program, or another copy of InfoShare, is busy with the database. Wait a minute and try again; if it keeps happening, close the other program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="233"/>
        <source>The database file cannot be reached: the drive holding it may have disconnected, or its folder may be read-only. Reconnect the drive, or ask IT for permission to change files in that folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="237"/>
        <source>The database file is damaged. Ask your administrator to restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="240"/>
        <source>The database reported: {reason}. Check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="242"/>
        <source>The database server cannot be reached: the network or the server may be down. Check your network connection and try again in a minute; if it keeps happening, ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="246"/>
        <source>Someone else was changing the same information at that moment. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="248"/>
        <source>The database server refused InfoShare&apos;s user name or password, or its permissions. Ask your IT department to check the database settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="251"/>
        <source>The database server has run out of space or connections. Ask your IT department to check it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="254"/>
        <source>The database server reported: {reason}. Try again; if it keeps happening, ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="76"/>
        <source>Backups of a server database are made with pg_dump: ask your IT department.</source>
        <extracomment>A shared server is backed up by its administrators, not by each copy of the app.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="78"/>
        <source>The start-up check is for a database file; a server database is checked by its administrators: ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../domain/audit.py" line="36"/>
        <source>Organisation set up</source>
        <extracomment>The &quot;previous hash&quot; of the very first event.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="37"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="38"/>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="39"/>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="40"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="41"/>
        <source>Locked after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="42"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="44"/>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="45"/>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="46"/>
        <location filename="../../domain/vocab.py" line="358"/>
        <location filename="../../domain/vocab.py" line="406"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="47"/>
        <location filename="../../domain/vocab.py" line="359"/>
        <location filename="../../domain/vocab.py" line="388"/>
        <source>Advice requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="48"/>
        <location filename="../../domain/vocab.py" line="324"/>
        <location filename="../../domain/vocab.py" line="360"/>
        <location filename="../../domain/vocab.py" line="389"/>
        <source>Authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="49"/>
        <location filename="../../domain/vocab.py" line="325"/>
        <location filename="../../domain/vocab.py" line="361"/>
        <location filename="../../domain/vocab.py" line="390"/>
        <source>Returned for amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="50"/>
        <location filename="../../domain/vocab.py" line="326"/>
        <location filename="../../domain/vocab.py" line="362"/>
        <location filename="../../domain/vocab.py" line="391"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="51"/>
        <location filename="../../domain/vocab.py" line="392"/>
        <source>Emergency share reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="54"/>
        <location filename="../../domain/vocab.py" line="395"/>
        <source>Caldicott Guardian decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="57"/>
        <location filename="../../domain/vocab.py" line="398"/>
        <source>Breach or misdirected information reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="60"/>
        <location filename="../../domain/vocab.py" line="363"/>
        <location filename="../../domain/vocab.py" line="407"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="61"/>
        <source>Addendum added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="62"/>
        <source>Viewed by someone other than the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="64"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="65"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="66"/>
        <source>Report generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="68"/>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="69"/>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="70"/>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="71"/>
        <source>Account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="74"/>
        <source>Account reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="77"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="78"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="79"/>
        <source>Team created or renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="80"/>
        <source>Directory organisation saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="83"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="84"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="85"/>
        <source>Log copied to another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="88"/>
        <source>Log moved: this database no longer used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="91"/>
        <source>Moved log used again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="94"/>
        <source>Record disposed of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/audit.py" line="95"/>
        <source>Upgraded: record content fingerprinted from here on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="21"/>
        <source>create records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="22"/>
        <source>read this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="23"/>
        <source>change this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="24"/>
        <source>submit this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="25"/>
        <source>complete this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="26"/>
        <source>add an addendum to this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="27"/>
        <source>request advice on this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="30"/>
        <source>authorise this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="31"/>
        <source>return this record for amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="32"/>
        <source>decline this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="33"/>
        <source>review this emergency share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="36"/>
        <source>record a Caldicott Guardian decision on this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="39"/>
        <source>report a breach or misdirected information on this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="42"/>
        <source>change the directory of organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="45"/>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="46"/>
        <source>change the organisation&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="49"/>
        <source>see the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="66"/>
        <source>your own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="67"/>
        <source>a record from your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="68"/>
        <source>a record from a team you manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="69"/>
        <source>another team&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/permissions.py" line="70"/>
        <source>no particular record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="36"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="37"/>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="38"/>
        <source>Adult at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="39"/>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="43"/>
        <source>Proactive share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="44"/>
        <source>Response to a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="45"/>
        <source>Our request to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="49"/>
        <source>Shared in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="50"/>
        <source>Shared in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="51"/>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="52"/>
        <source>Deferred pending advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="61"/>
        <source>Safeguarding a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="62"/>
        <source>Safeguarding an adult at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="65"/>
        <source>Prevention or detection of crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="66"/>
        <source>Care coordination / early help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="69"/>
        <source>Legal proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="70"/>
        <location filename="../../domain/vocab.py" line="100"/>
        <location filename="../../domain/vocab.py" line="266"/>
        <location filename="../../domain/vocab.py" line="351"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="76"/>
        <source>Necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="77"/>
        <source>Proportionate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="78"/>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="79"/>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="80"/>
        <source>Accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="81"/>
        <source>Timely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="82"/>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="86"/>
        <source>Identity and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="87"/>
        <source>Family and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="88"/>
        <location filename="../../domain/vocab.py" line="344"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="89"/>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="90"/>
        <source>Criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="91"/>
        <location filename="../../domain/vocab.py" line="345"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="92"/>
        <location filename="../../domain/vocab.py" line="346"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="93"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="94"/>
        <source>Ethnicity, religion or other special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="97"/>
        <source>Safeguarding concerns and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="113"/>
        <source>(a) Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="114"/>
        <source>(b) Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="115"/>
        <source>(c) Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="116"/>
        <source>(d) Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="117"/>
        <source>(e) Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="118"/>
        <source>(ea) Recognised legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="121"/>
        <source>(f) Legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="130"/>
        <source>(a) Explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="131"/>
        <source>(b) Employment, social security and social protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="134"/>
        <source>(c) Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="135"/>
        <source>(d) Not-for-profit bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="136"/>
        <source>(e) Made public by the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="137"/>
        <source>(f) Legal claims or judicial acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="138"/>
        <source>(g) Substantial public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="141"/>
        <source>(h) Health or social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="142"/>
        <source>(i) Public health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="143"/>
        <source>(j) Archiving, research and statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="165"/>
        <source>Part 1 para 1: Employment, social security and social protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="168"/>
        <source>Part 1 para 2: Health or social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="171"/>
        <source>Part 1 para 3: Public health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="172"/>
        <source>Part 1 para 4: Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="173"/>
        <source>Part 2 para 6: Statutory and government purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="176"/>
        <source>Part 2 para 7: Administration of justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="177"/>
        <source>Part 2 para 10: Preventing or detecting unlawful acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="180"/>
        <source>Part 2 para 11: Protecting the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="183"/>
        <source>Part 2 para 17: Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="184"/>
        <source>Part 2 para 18: Safeguarding of children and individuals at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="187"/>
        <source>Part 2 para 19: Safeguarding economic well-being of certain individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="190"/>
        <source>Part 3 para 30: Vital interests (cannot consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="193"/>
        <source>Part 3 para 36: Extension of Part 2 conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="199"/>
        <source>Protect from neglect or physical, mental or emotional harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="202"/>
        <source>Protect physical, mental or emotional well-being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="208"/>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="209"/>
        <source>18 or over and at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="215"/>
        <source>Consent cannot be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="216"/>
        <source>Cannot reasonably be expected to obtain consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="219"/>
        <source>Obtaining consent would prejudice the protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="222"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="223"/>
        <source>Could not be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="226"/>
        <source>Would increase risk of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="240"/>
        <source>Not confidential</source>
        <extracomment>The para 18 &quot;why without consent&quot; answers: the first three override reasons.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="241"/>
        <source>Consent (explicit or implied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="242"/>
        <source>Required by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="243"/>
        <location filename="../../domain/vocab.py" line="265"/>
        <source>Court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="244"/>
        <source>Overriding public interest (including safeguarding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="247"/>
        <source>Best interests of a person lacking capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="253"/>
        <source>Children Act 1989 s17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="254"/>
        <source>Children Act 1989 s47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="255"/>
        <source>Children Act 2004 s11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="256"/>
        <source>Care Act 2014 s42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="257"/>
        <source>Care Act 2014 s45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="258"/>
        <source>Crime and Disorder Act 1998 s115</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="259"/>
        <source>DPA 2018 Sch 2 Pt 1 para 2 (crime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="262"/>
        <source>DPA 2018 Sch 2 Pt 1 para 5 (legal proceedings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="270"/>
        <source>Given – explicit written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="271"/>
        <source>Given – explicit verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="272"/>
        <source>Sought and refused – shared anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="275"/>
        <source>Sought and refused – not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="278"/>
        <source>Not sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="279"/>
        <source>Not applicable (basis is not consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="282"/>
        <source>Person lacks capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="305"/>
        <source>Yes, before sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="306"/>
        <source>Yes, after sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="307"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="308"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="316"/>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="317"/>
        <source>Designated safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="318"/>
        <source>Data protection officer / information governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="319"/>
        <location filename="../../domain/vocab.py" line="381"/>
        <source>Caldicott Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="320"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="330"/>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="331"/>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="332"/>
        <source>Meeting (minuted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="333"/>
        <source>Secure email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="334"/>
        <source>Encrypted attachment, password sent separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="337"/>
        <source>Post, sealed, marked Private &amp; Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="338"/>
        <source>Encrypted removable media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="339"/>
        <source>Secure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="343"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="347"/>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="348"/>
        <source>Other local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="349"/>
        <source>Voluntary sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="350"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="357"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="379"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="380"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="382"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/vocab.py" line="408"/>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/presets.py" line="34"/>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/presets.py" line="35"/>
        <source>Not yet informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/presets.py" line="36"/>
        <source>Shared without consent this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/presets.py" line="37"/>
        <source>Awaiting my review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
