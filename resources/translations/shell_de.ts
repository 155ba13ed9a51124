<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="38"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="38"/>
        <source>Speaker</source>
        <translation>Redner/in</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="38"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="39"/>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="39"/>
        <source>Exhibitor</source>
        <translation>Aussteller/in</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="39"/>
        <source>Ministry</source>
        <translation>Ministerium</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="40"/>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="40"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="40"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="42"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="42"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="42"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/attendees/model.py" line="43"/>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
</context>
<context>
    <name>AttendeesScreen</name>
    <message>
        <location filename="../../src/checkin/ui/attendees/view.py" line="25"/>
        <source>Search name, organisation or email …</source>
        <translation>Name, Organisation oder E-Mail suchen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/attendees/view.py" line="60"/>
        <source>%n attendee(s) shown</source>
        <translation>
            <numerusform>%n Person angezeigt</numerusform>
            <numerusform>%n Personen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Encrypted event</source>
        <translation>Verschlüsselte Veranstaltung</translation>
    </message>
    <message>
        <source>This event copy is encrypted. Passphrase:</source>
        <translation>Diese Kopie der Veranstaltung ist verschlüsselt. Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="37"/>
        <source>No event open</source>
        <translation>Keine Veranstaltung geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="101"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="102"/>
        <source>&amp;Open event…</source>
        <translation>Veranstaltung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="106"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="108"/>
        <source>&amp;Back up event to…</source>
        <translation>Veranstaltung &amp;sichern nach…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="123"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="126"/>
        <source>Open event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="126"/>
        <source>Event files (*.checkin)</source>
        <translation>Veranstaltungsdateien (*.checkin)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="133"/>
        <source>Back up to folder (e.g. a USB stick)</source>
        <translation>Sichern in Ordner (z. B. USB-Stick)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="139"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="141"/>
        <source>Backup written</source>
        <translation>Sicherung geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="141"/>
        <source>Backup written to %1</source>
        <translation>Sicherung geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="147"/>
        <source>Cannot open event</source>
        <translation>Veranstaltung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="170"/>
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/main_window.py" line="181"/>
        <source>Arrived: %1 / %2</source>
        <translation>Angekommen: %1 / %2</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="48"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="48"/>
        <source>Desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="49"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="49"/>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="50"/>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="50"/>
        <source>Sync back</source>
        <translation>Rückübertragung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="51"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="51"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="52"/>
        <source>Signage</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="52"/>
        <source>Day close</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/screens.py" line="53"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="21"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="24"/>
        <source>Settings are stored for this computer; the event file stores nothing of them.</source>
        <translation>Einstellungen gelten für diesen Computer; die Veranstaltungsdatei enthält nichts davon.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>Desk: result shown for</source>
        <translation>Empfang: Ergebnis bleibt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>Desk: who works here</source>
        <translation>Empfang: wer hier arbeitet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>File: %1 (also `checkin settings list`).</source>
        <translation>Datei: %1 (auch `checkin settings list`).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>none chosen</source>
        <translation>keiner gewählt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>Printer: %1; print on check-in: %2 (change on the Badges screen)</source>
        <translation>Drucker: %1; Druck beim Check-in: %2 (änderbar unter „Namensschilder“)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>e.g. desk-3 (empty: the name the copy was made with)</source>
        <translation>z. B. desk-3 (leer: der Name, mit dem die Kopie erstellt wurde)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>Station name of this laptop</source>
        <translation>Stationsname dieses Laptops</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>Not a station name: use letters, digits, '.', '_' or '-' (up to 35), not 'master'. Nothing was changed.</source>
        <translation>Kein Stationsname: Buchstaben, Ziffern, „.“, „_“ oder „-“ (bis zu 35), nicht „master“. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>This event copy works as station %1.</source>
        <translation>Diese Veranstaltungskopie arbeitet als Station %1.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/settings/view.py" line="0"/>
        <source>An event copy opened for the first time on this laptop takes this name behind the name it was made with (desk-3.foyer-3; a copy made as foyer-3 stays foyer-3), with a suffix like .1a2b if taken; a copy already used here keeps its name.</source>
        <translation>Eine Veranstaltungskopie, die zum ersten Mal auf diesem Laptop geöffnet wird, trägt diesen Namen hinter dem Namen, mit dem sie erstellt wurde (desk-3.foyer-3; eine als foyer-3 erstellte Kopie bleibt foyer-3), mit einem Zusatz wie .1a2b, falls vergeben; eine hier schon benutzte Kopie behält ihren Namen.</translation>
    </message>
</context>
</TS>
