<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>App</name>
    <message>
        <location filename="../../infoshare_desktop/ui/app.py" line="52"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/app.py" line="53"/>
        <source>Something went wrong in InfoShare ({kind}).

Your typing is autosaved every few seconds. If this keeps happening, tell your IT service desk the name in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/app.py" line="104"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="72"/>
        <source>the database file to use (default: $INFOSHARE_DB if set, otherwise {default})</source>
        <extracomment>Exit codes: the database or display cannot be used (as argparse&apos;s usage errors). The command started but could not finish (an output that cannot be written). A bug: reported without its message, which could hold personal data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="78"/>
        <source>InfoShare Desktop: record decisions to share, or not to share, personal information about children and families. With no command, opens the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="83"/>
        <source>The database holds OFFICIAL-SENSITIVE personal data: keep it, and any export, on an encrypted, access-controlled drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="96"/>
        <source>fill a database with fictional records, for training or trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="97"/>
        <source>Add fictional but realistic decision records, and a directory of fictional organisations, to a database. Every name is made up and every case reference starts with DEMO-. Refuses a database that already holds real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="108"/>
        <source>how many records to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="112"/>
        <source>a number that picks the records: the same seed gives the same records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="118"/>
        <source>write every record to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="119"/>
        <source>Write every record in the database to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="124"/>
        <source>a spreadsheet file (CSV) with one row per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="125"/>
        <source>Write every record as one row of a CSV file that Excel and LibreOffice open directly: one column per question, answers as shown on screen, dates as dd/mm/yyyy and times in UK time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="135"/>
        <source>the CSV file to write (replaced if it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="147"/>
        <source>must be a whole number, 0 or more (got {text!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="176"/>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="183"/>
        <source>There is no display to open the InfoShare window on. To run it without a screen, use: QT_QPA_PLATFORM=offscreen infoshare ... (or use the headless commands &apos;infoshare demo&apos; and &apos;infoshare export csv&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="207"/>
        <source>{path} already holds real records. Demo records go only into a new database or one that holds demo records: choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="217"/>
        <source>Added {count} fictional records to {path} in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="229"/>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="232"/>
        <source>{target} is a folder: give a file name to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="236"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="240"/>
        <source>The export would replace the database itself: choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="247"/>
        <source>Cannot write {target}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="253"/>
        <source>Wrote {count} records to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="292"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/cli.py" line="297"/>
        <source>Unexpected error ({kind} at {where}). Please report it to IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/dates.py" line="52"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/dates.py" line="78"/>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="55"/>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="88"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="59"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="60"/>
        <source>Record a new decision (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="66"/>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="72"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="70"/>
        <source>Reference, case reference, name, recipient or words in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="74"/>
        <source>Filters the list as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="127"/>
        <source>Cannot load the decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="133"/>
        <source>1 decision matches your search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="134"/>
        <source>{count} decisions match your search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="138"/>
        <source>1 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="139"/>
        <source>{count} decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="145"/>
        <source>No decisions match your search. Check the spelling or search for a case reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="147"/>
        <source>No decisions recorded yet.
Choose “New record” to record your first decision to share, or not to share, information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../infoshare_desktop/ui/dialogs.py" line="21"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/dialogs.py" line="23"/>
        <source>This record has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/dialogs.py" line="26"/>
        <source>Do you want to save them as a draft before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/dialogs.py" line="29"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/dialogs.py" line="32"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/dialogs.py" line="36"/>
        <location filename="../../infoshare_desktop/ui/dialogs.py" line="61"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="179"/>
        <source>InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="189"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="190"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="190"/>
        <source>Recipient organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="217"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="218"/>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="223"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="228"/>
        <source>&amp;About InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="233"/>
        <source>About InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="234"/>
        <source>&lt;b&gt;InfoShare Desktop&lt;/b&gt;&lt;p&gt;Record each decision to share, or not to share, information about children and families: what, with whom, when, why and on what lawful basis.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="269"/>
        <source>Cannot open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/main_window.py" line="307"/>
        <source>Cannot discard the autosaved work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="47"/>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="48"/>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="59"/>
        <source>Active: offer it when recording a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="95"/>
        <source>Save organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="139"/>
        <source>Cannot save the organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../infoshare_desktop/ui/models.py" line="128"/>
        <source>Name</source>
        <extracomment>The role the sort proxy reads: a value that sorts correctly (dates as dates). Labels of the organisation directory&apos;s fields (the domain has none of its own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/models.py" line="129"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/models.py" line="130"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/models.py" line="131"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/models.py" line="132"/>
        <source>Secure email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/models.py" line="133"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="158"/>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="177"/>
        <source>Recipient organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="162"/>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="167"/>
        <source>The directory the record form picks recipients from. Press Enter or double-click an organisation to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="204"/>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/organisations_view.py" line="205"/>
        <source>{count} organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="102"/>
        <source>Recovered: not saved yet</source>
        <extracomment>Default pause after the last change before the content is autosaved. Emitted with the record id after every successful save. Emitted when the window has closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="137"/>
        <source>Sections of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="152"/>
        <source>This record is complete and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="192"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="194"/>
        <source>Save draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="195"/>
        <source>Mark complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="212"/>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="218"/>
        <source>There is a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="279"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="292"/>
        <source>New record, not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="301"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="303"/>
        <source>{name}{marker} – InfoShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="408"/>
        <source>Cannot save the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="412"/>
        <source>Draft saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="430"/>
        <source>Draft saved; the record is not complete yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="434"/>
        <source>Cannot complete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="437"/>
        <source>Record completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="481"/>
        <source>Unsaved changes (autosave failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/record_form.py" line="484"/>
        <source>Unsaved changes, kept safe at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="41"/>
        <source>Enter a real date in the format dd/mm/yyyy, for example 27/03/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="47"/>
        <source>Enter a real time in the format hh:mm, for example 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="60"/>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="687"/>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="774"/>
        <source>Select…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="269"/>
        <source>Now</source>
        <extracomment>Rows were added or removed: the form must rebuild its tab order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="271"/>
        <source>Fill in the current date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="274"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="284"/>
        <source>{label}: time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="287"/>
        <source>{label}: now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="330"/>
        <source>Enter the time as well as the date, for example 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="336"/>
        <source>Enter the date as well as the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="376"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="412"/>
        <source>Name, person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="415"/>
        <source>Role, person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="418"/>
        <source>Date of birth (optional), person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="423"/>
        <source>Remove person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="442"/>
        <source>Summary of the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="453"/>
        <source>Advice from, advice {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="456"/>
        <source>Summary, advice {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="459"/>
        <source>Remove advice {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="567"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="574"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="575"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="576"/>
        <source>Date of birth (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="622"/>
        <source>Add advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="629"/>
        <source>Advice from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="630"/>
        <source>What they advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="672"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="673"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="675"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="688"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="689"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="694"/>
        <source>{test}: answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="699"/>
        <source>{test}: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="759"/>
        <source>Add organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="779"/>
        <source>{name} (no longer active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/widgets/editors.py" line="886"/>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="30"/>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="38"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="42"/>
        <source>InfoShare closed before these changes were saved. Restore them to carry on, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="52"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="53"/>
        <source>{name} — autosaved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="57"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="59"/>
        <source>Restore {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="60"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="61"/>
        <source>Discard {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="74"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/ui/recovery_dialog.py" line="75"/>
        <source>Keep them and ask again next time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../infoshare_desktop/services/export.py" line="44"/>
        <source>Yes</source>
        <extracomment>Separator between several values in one cell (no vocabulary label contains it). Separator between advice entries: their summaries are free text that may hold &quot;; &quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/services/export.py" line="45"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/services/export.py" line="47"/>
        <source>{answer} – {note}</source>
        <extracomment>One test answer with its note, e.g. &quot;Yes – checked with the manager&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/services/export.py" line="48"/>
        <source>{name} ({role}, dob {dob})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/services/export.py" line="49"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/services/export.py" line="50"/>
        <source>{source}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="62"/>
        <source>Context</source>
        <extracomment>Longest single-line answer; longer text belongs in a long-text field. Longest free-text answer (a long chronology pasted in still fits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="63"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="64"/>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="65"/>
        <source>Consent and transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="66"/>
        <source>Advice and authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="67"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="120"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="123"/>
        <source>Enter the case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="125"/>
        <source>The ID in the case-management system, for example CM-204511</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="131"/>
        <source>People whose information is involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="134"/>
        <source>Add at least one person whose information is involved, with their name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="139"/>
        <source>Add each person on their own line. Third parties can be redacted later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="145"/>
        <source>How it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="148"/>
        <source>Select how the decision started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="154"/>
        <source>Requesting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="157"/>
        <source>Enter the organisation that made the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="163"/>
        <source>Requester&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="166"/>
        <source>Enter the name of the person who made the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="172"/>
        <source>Requester&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="175"/>
        <source>Enter the requester&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="181"/>
        <source>Date request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="184"/>
        <source>Enter the date the request was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="190"/>
        <source>What was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="193"/>
        <source>Enter what was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="199"/>
        <source>How the requester&apos;s identity was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="202"/>
        <source>Enter how you checked the requester&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="203"/>
        <source>For example, called back on a number from the force switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="211"/>
        <source>Emergency: shared first, recorded after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="215"/>
        <source>Tick if the information had to be shared before this record was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="222"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="225"/>
        <source>Select the outcome of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="231"/>
        <source>Purpose category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="234"/>
        <source>Select the purpose category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="240"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="243"/>
        <source>Enter the purpose of sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="245"/>
        <source>What the information is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="249"/>
        <source>Why it is necessary and proportionate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="252"/>
        <source>Enter why sharing is, or is not, necessary and proportionate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="254"/>
        <source>Your reasons for the decision, whether or not you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="258"/>
        <source>The seven tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="261"/>
        <source>Answer each of the seven tests, Yes or No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="263"/>
        <source>Is the sharing necessary, proportionate, relevant, adequate, accurate, timely and secure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="271"/>
        <source>What was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="274"/>
        <source>Enter what was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="280"/>
        <source>Categories of data shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="283"/>
        <source>Select at least one category of data shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="290"/>
        <source>What was withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="293"/>
        <source>Enter what was withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="299"/>
        <source>Why it was withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="302"/>
        <source>Enter why the information was withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="308"/>
        <source>Recipient organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="311"/>
        <source>Select the recipient organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="314"/>
        <source>Choose from the directory, or add a new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="318"/>
        <source>Recipient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="321"/>
        <source>Enter the name of the person who received the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="327"/>
        <source>Recipient&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="330"/>
        <source>Enter the recipient&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="336"/>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="339"/>
        <source>Enter the name of the person who made the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="344"/>
        <source>Decision maker&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="347"/>
        <source>Enter the decision maker&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="352"/>
        <source>Date and time of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="355"/>
        <source>Enter the date and time of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="361"/>
        <source>UK GDPR Article 6 basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="364"/>
        <source>Select the UK GDPR Article 6 basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="367"/>
        <source>Public authorities doing their tasks usually rely on (e) public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="373"/>
        <source>Article 9 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="376"/>
        <source>Select the Article 9 condition for sharing special category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="382"/>
        <source>Needed because special category data was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="386"/>
        <source>DPA 2018 Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="389"/>
        <source>Select the DPA 2018 Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="393"/>
        <source>Needed for this Article 9 condition and for criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="399"/>
        <source>Para 18: purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="402"/>
        <source>Select the para 18 purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="409"/>
        <source>Para 18: the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="412"/>
        <source>Select who the para 18 protection is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="419"/>
        <source>Para 18: why without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="422"/>
        <source>Select why the information is shared without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="430"/>
        <source>Common-law duty of confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="433"/>
        <source>Select the basis for setting aside confidentiality, or Not confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="442"/>
        <source>Legal power or gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="445"/>
        <source>Select the legal power or gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="450"/>
        <source>Other legal power or gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="453"/>
        <source>Enter the legal power or gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="460"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="463"/>
        <source>Select the consent position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="469"/>
        <source>Why consent was not sought or was overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="472"/>
        <source>Select why consent was not sought or was overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="479"/>
        <source>More about the consent decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="487"/>
        <source>Views of the person or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="494"/>
        <source>Person informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="497"/>
        <source>Select whether the person has been told about the sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="503"/>
        <source>Why the person has not been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="506"/>
        <source>Enter why the person has not been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="512"/>
        <source>Steps to protect third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="516"/>
        <source>Redactions made, identities withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="521"/>
        <source>Advice sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="524"/>
        <source>Select who gave each piece of advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="525"/>
        <source>Who you asked and a summary of what they advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="529"/>
        <source>Authorising manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="532"/>
        <source>Enter the name of the authorising manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="537"/>
        <source>Authorising manager&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="540"/>
        <source>Enter the authorising manager&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="545"/>
        <source>Date of authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="548"/>
        <source>Enter the date of the manager&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="553"/>
        <source>Manager&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="556"/>
        <source>Select the manager&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="562"/>
        <source>Manager&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="569"/>
        <source>Referred to the Caldicott Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="573"/>
        <source>For police requests, hard cases and breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="577"/>
        <source>Date referred to the Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="580"/>
        <source>Enter the date of the referral to the Caldicott Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="586"/>
        <source>Caldicott Guardian&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="589"/>
        <source>Enter the Caldicott Guardian&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="596"/>
        <source>Date and time shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="599"/>
        <source>Enter the date and time the information was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="605"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="608"/>
        <source>Select how the information was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="615"/>
        <source>Requester&apos;s identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="619"/>
        <source>For example, called back on a known number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="624"/>
        <source>Recipient&apos;s address checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="632"/>
        <source>Receipt confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="640"/>
        <source>Data sharing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="644"/>
        <source>Its reference, if one is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="649"/>
        <source>Retention or deletion agreed with the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="656"/>
        <source>Review or follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="668"/>
        <source>Reference</source>
        <extracomment>Labels of the record&apos;s own columns that are not questions on the form.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="669"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="670"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/fields.py" line="671"/>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../infoshare_desktop/domain/organisation.py" line="12"/>
        <source>Enter the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/organisation.py" line="13"/>
        <source>Select the type of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/organisation.py" line="14"/>
        <source>Shorten this to {limit} characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/rules.py" line="18"/>
        <source>{label} must be {limit} characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/rules.py" line="19"/>
        <source>{label} must be today or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/rules.py" line="20"/>
        <source>Enter a name and choose a role for each person, or remove the empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/rules.py" line="23"/>
        <source>The date the request was received must be on or before the date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/rules.py" line="26"/>
        <source>The date shared must be on or after the date the request was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/services/organisations.py" line="14"/>
        <source>An organisation with this name is already in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/services/records.py" line="20"/>
        <source>Select an organisation from the directory, or add it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="36"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="37"/>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="38"/>
        <source>Adult at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="39"/>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="43"/>
        <source>Proactive share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="44"/>
        <source>Response to a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="45"/>
        <source>Our request to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="49"/>
        <source>Shared in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="50"/>
        <source>Shared in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="51"/>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="52"/>
        <source>Deferred pending advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="61"/>
        <source>Safeguarding a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="62"/>
        <source>Safeguarding an adult at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="65"/>
        <source>Prevention or detection of crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="66"/>
        <source>Care coordination / early help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="69"/>
        <source>Legal proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="70"/>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="100"/>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="256"/>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="327"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="76"/>
        <source>Necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="77"/>
        <source>Proportionate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="78"/>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="79"/>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="80"/>
        <source>Accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="81"/>
        <source>Timely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="82"/>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="86"/>
        <source>Identity and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="87"/>
        <source>Family and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="88"/>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="320"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="89"/>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="90"/>
        <source>Criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="91"/>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="321"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="92"/>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="322"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="93"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="94"/>
        <source>Ethnicity, religion or other special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="97"/>
        <source>Safeguarding concerns and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="113"/>
        <source>(a) Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="114"/>
        <source>(b) Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="115"/>
        <source>(c) Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="116"/>
        <source>(d) Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="117"/>
        <source>(e) Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="118"/>
        <source>(ea) Recognised legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="121"/>
        <source>(f) Legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="125"/>
        <source>(a) Explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="126"/>
        <source>(b) Employment, social security and social protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="129"/>
        <source>(c) Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="130"/>
        <source>(d) Not-for-profit bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="131"/>
        <source>(e) Made public by the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="132"/>
        <source>(f) Legal claims or judicial acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="133"/>
        <source>(g) Substantial public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="136"/>
        <source>(h) Health or social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="137"/>
        <source>(i) Public health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="138"/>
        <source>(j) Archiving, research and statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="155"/>
        <source>Part 1 para 1: Employment, social security and social protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="158"/>
        <source>Part 1 para 2: Health or social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="161"/>
        <source>Part 1 para 3: Public health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="162"/>
        <source>Part 1 para 4: Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="163"/>
        <source>Part 2 para 6: Statutory and government purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="166"/>
        <source>Part 2 para 7: Administration of justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="167"/>
        <source>Part 2 para 10: Preventing or detecting unlawful acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="170"/>
        <source>Part 2 para 11: Protecting the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="173"/>
        <source>Part 2 para 17: Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="174"/>
        <source>Part 2 para 18: Safeguarding of children and individuals at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="177"/>
        <source>Part 2 para 19: Safeguarding economic well-being of certain individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="180"/>
        <source>Part 3 para 30: Vital interests (cannot consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="183"/>
        <source>Part 3 para 36: Extension of Part 2 conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="189"/>
        <source>Protect from neglect or physical, mental or emotional harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="192"/>
        <source>Protect physical, mental or emotional well-being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="198"/>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="199"/>
        <source>18 or over and at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="205"/>
        <source>Consent cannot be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="206"/>
        <source>Cannot reasonably be expected to obtain consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="209"/>
        <source>Obtaining consent would prejudice the protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="212"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="213"/>
        <source>Could not be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="216"/>
        <source>Would increase risk of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="230"/>
        <source>Not confidential</source>
        <extracomment>The para 18 &quot;why without consent&quot; answers: the first three override reasons.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="231"/>
        <source>Consent (explicit or implied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="232"/>
        <source>Required by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="233"/>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="255"/>
        <source>Court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="234"/>
        <source>Overriding public interest (including safeguarding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="237"/>
        <source>Best interests of a person lacking capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="243"/>
        <source>Children Act 1989 s17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="244"/>
        <source>Children Act 1989 s47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="245"/>
        <source>Children Act 2004 s11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="246"/>
        <source>Care Act 2014 s42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="247"/>
        <source>Care Act 2014 s45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="248"/>
        <source>Crime and Disorder Act 1998 s115</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="249"/>
        <source>DPA 2018 Sch 2 Pt 1 para 2 (crime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="252"/>
        <source>DPA 2018 Sch 2 Pt 1 para 5 (legal proceedings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="260"/>
        <source>Given – explicit written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="261"/>
        <source>Given – explicit verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="262"/>
        <source>Sought and refused – shared anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="265"/>
        <source>Sought and refused – not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="268"/>
        <source>Not sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="269"/>
        <source>Not applicable (basis is not consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="272"/>
        <source>Person lacks capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="281"/>
        <source>Yes, before sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="282"/>
        <source>Yes, after sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="283"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="284"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="292"/>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="293"/>
        <source>Designated safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="294"/>
        <source>Data protection officer / information governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="295"/>
        <source>Caldicott Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="296"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="300"/>
        <source>Authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="301"/>
        <source>Returned for amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="302"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="306"/>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="307"/>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="308"/>
        <source>Meeting (minuted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="309"/>
        <source>Secure email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="310"/>
        <source>Encrypted attachment, password sent separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="313"/>
        <source>Post, sealed, marked Private &amp; Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="314"/>
        <source>Encrypted removable media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="315"/>
        <source>Secure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="319"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="323"/>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="324"/>
        <source>Other local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="325"/>
        <source>Voluntary sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="326"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="333"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infoshare_desktop/domain/vocab.py" line="334"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
