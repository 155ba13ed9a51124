<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SyncBackScreen</name>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="77"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="78"/>
        <source>CSV for German Excel (semicolons)</source>
        <translation>CSV für deutsches Excel (Semikolon)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="79"/>
        <source>CSV, plain UTF-8 (commas)</source>
        <translation>CSV, reines UTF-8 (Komma)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="80"/>
        <source>Export attendance…</source>
        <translation>Anwesenheit exportieren …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="83"/>
        <source>Attendance list for the organisers</source>
        <translation>Anwesenheitsliste für die Veranstalter</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="95"/>
        <source>first list of the event</source>
        <translation>erste Liste der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="99"/>
        <source>Remember the token on this computer</source>
        <translation>Token auf diesem Computer merken</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="103"/>
        <source>pretix address</source>
        <translation>pretix-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="104"/>
        <source>Organizer (short name)</source>
        <translation>Veranstalter (Kurzform)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="105"/>
        <source>Event (short name)</source>
        <translation>Veranstaltung (Kurzform)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="106"/>
        <source>Check-in list</source>
        <translation>Check-in-Liste</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="107"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="109"/>
        <source>Pull attendees from pretix</source>
        <translation>Teilnehmende aus pretix holen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="111"/>
        <source>Send arrivals to pretix</source>
        <translation>Ankünfte an pretix senden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="119"/>
        <source>pretix</source>
        <translation>pretix</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="127"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="127"/>
        <source>Last run</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="127"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="145"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="149"/>
        <source>Needs the organiser&apos;s attention (not sent to pretix):</source>
        <translation>Bitte prüfen (nicht an pretix gesendet):</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="192"/>
        <source>Spreadsheet export</source>
        <translation>Tabellen-Export</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="192"/>
        <source>pretix: pull</source>
        <translation>pretix: holen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="193"/>
        <source>pretix: send</source>
        <translation>pretix: senden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="205"/>
        <source>Arrivals waiting to be sent to pretix: %1</source>
        <translation>Ankünfte, die noch an pretix gehen: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="208"/>
        <source>undo too late</source>
        <translation>Rücknahme zu spät</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="208"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="211"/>
        <source>%1 (%2) arrived without a pretix ticket</source>
        <translation>%1 (%2) ist ohne pretix-Ticket angekommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="218"/>
        <source>%1 new, %2 updated, %3 cancelled, %4 check-ins from pretix</source>
        <translation>%1 neu, %2 geändert, %3 storniert, %4 Check-ins aus pretix</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="222"/>
        <source>%1 sent, %2 rejected, %3 failed</source>
        <translation>%1 gesendet, %2 abgelehnt, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="226"/>
        <source>%1 rows → %2</source>
        <translation>%1 Zeilen → %2</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="242"/>
        <source>Export attendance</source>
        <translation>Anwesenheit exportieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="264"/>
        <source>Writing the attendance list…</source>
        <translation>Anwesenheitsliste wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="268"/>
        <source>Attendance list written: %1</source>
        <translation>Anwesenheitsliste geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="275"/>
        <source>Fill in the pretix address, organizer, event and API token.</source>
        <translation>Bitte pretix-Adresse, Veranstalter, Veranstaltung und API-Token eintragen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="301"/>
        <source>Fetching attendees from pretix…</source>
        <translation>Teilnehmende werden aus pretix geholt …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="305"/>
        <source>pretix: %1 new, %2 updated, %3 check-ins from other devices.</source>
        <translation>pretix: %1 neu, %2 geändert, %3 Check-ins von anderen Geräten.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="328"/>
        <source>Sending arrivals to pretix…</source>
        <translation>Ankünfte werden an pretix gesendet …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="332"/>
        <source>pretix: %1 sent, %2 rejected, %3 could not be sent (will retry).</source>
        <translation>pretix: %1 gesendet, %2 abgelehnt, %3 nicht gesendet (wird wiederholt).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="338"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/syncback/view.py" line="339"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>
