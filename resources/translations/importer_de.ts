<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="42"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="43"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="44"/>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="45"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="46"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="47"/>
        <source>Full name (split)</source>
        <translation>Vollständiger Name (wird aufgeteilt)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="48"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="49"/>
        <source>Organisation type</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="50"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="51"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="52"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="53"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="54"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="55"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="57"/>
        <source>Desk note</source>
        <translation>Hinweis für die Theke</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="58"/>
        <source>Ticket code / barcode</source>
        <translation>Ticket-Code / Barcode</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="59"/>
        <source>Attention</source>
        <translation>Besondere Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="60"/>
        <source>Keep as extra field</source>
        <translation>Als Zusatzfeld behalten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="61"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="62"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="64"/>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="65"/>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="66"/>
        <source>Directions</source>
        <translation>Wegbeschreibung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="67"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="68"/>
        <source>Title (German)</source>
        <translation>Titel (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="69"/>
        <source>Title (English)</source>
        <translation>Titel (Englisch)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="70"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="71"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="72"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="73"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="74"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="75"/>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="76"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="77"/>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="78"/>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="96"/>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="98"/>
        <source>No file chosen. CSV, TXT, XLSX and ODS lists are read as they are.</source>
        <translation>Keine Datei gewählt. CSV-, TXT-, XLSX- und ODS-Listen werden so gelesen, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="100"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="100"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="100"/>
        <source>Sessions</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="101"/>
        <source>Session assignments</source>
        <translation>Zuordnungen zu Programmpunkten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="101"/>
        <source>Matchmaking meetings</source>
        <translation>Matchmaking-Termine</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="107"/>
        <source>The list holds:</source>
        <translation>Die Liste enthält:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="111"/>
        <source>Encoding is ambiguous – which reads the names right?</source>
        <translation>Zeichensatz nicht eindeutig – bei welchem stimmen die Namen?</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="115"/>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="134"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="134"/>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="135"/>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="142"/>
        <source>Load saved mapping…</source>
        <translation>Gespeicherte Zuordnung laden …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="143"/>
        <source>Save mapping…</source>
        <translation>Zuordnung speichern …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="150"/>
        <source>1  Table as read</source>
        <translation>1  Gelesene Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="151"/>
        <source>2  Columns</source>
        <translation>2  Spalten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="152"/>
        <source>3  Preview</source>
        <translation>3  Vorschau</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="160"/>
        <source>Mark people who are missing from this list as cancelled</source>
        <translation>Personen, die in dieser Liste fehlen, als storniert markieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="161"/>
        <source>Check-ins are never touched. Unticked, they are kept as they are.</source>
        <translation>Check-ins bleiben immer erhalten. Ohne Haken bleiben fehlende Personen unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="162"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="169"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="192"/>
        <source>Choose a list to import</source>
        <translation>Liste zum Importieren wählen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="233"/>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="238"/>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="249"/>
        <source>separated by %1</source>
        <translation>getrennt durch %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="252"/>
        <source>sheet %1</source>
        <translation>Blatt %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="253"/>
        <source>header in row %1</source>
        <translation>Kopfzeile in Zeile %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="254"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="264"/>
        <source>No column is imported as %1 yet: choose it on the Columns tab.</source>
        <translation>Noch keine Spalte wird als %1 importiert: bitte im Reiter Spalten wählen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="282"/>
        <source>(detect)</source>
        <translation>(automatisch)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="291"/>
        <location filename="../../src/checkin/ui/importer/view.py" line="311"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="292"/>
        <source>detected header row</source>
        <translation>erkannte Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="311"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="311"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="312"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="312"/>
        <source>update</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="312"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="313"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="319"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation>Importiert: %1 neu, %2 geändert, %3 unverändert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="320"/>
        <source>Ready: %1 new, %2 updated, %3 unchanged</source>
        <translation>Bereit: %1 neu, %2 geändert, %3 unverändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/importer/view.py" line="325"/>
        <source>%n row(s) skipped (red)</source>
        <translation>
            <numerusform>%n Zeile übersprungen (rot)</numerusform>
            <numerusform>%n Zeilen übersprungen (rot)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/importer/view.py" line="327"/>
        <source>%n warning(s) (yellow)</source>
        <translation>
            <numerusform>%n Warnung (gelb)</numerusform>
            <numerusform>%n Warnungen (gelb)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/importer/view.py" line="329"/>
        <source>%n field(s) keep the venue&apos;s correction</source>
        <translation>
            <numerusform>%n Feld behält die Korrektur vor Ort</numerusform>
            <numerusform>%n Felder behalten die Korrektur vor Ort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/importer/view.py" line="331"/>
        <source>%n marked cancelled</source>
        <translation>
            <numerusform>%n als storniert markiert</numerusform>
            <numerusform>%n als storniert markiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="346"/>
        <source>Load a saved mapping</source>
        <translation>Gespeicherte Zuordnung laden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="356"/>
        <source>Save the mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="411"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="413"/>
        <source>Import failed; nothing was written: %1</source>
        <translation>Import fehlgeschlagen; es wurde nichts geschrieben: %1</translation>
    </message>
</context>
</TS>
