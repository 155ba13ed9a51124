<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BigScreen</name>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="266"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="268"/>
        <source>Close big screen (Esc)</source>
        <translation>Großbild schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="286"/>
        <source>Big screen</source>
        <translation>Großbild</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="288"/>
        <source>Show the dashboard full screen, e.g. on a projector</source>
        <translation>Übersicht im Vollbild zeigen, z. B. am Beamer</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="85"/>
        <source>arrived today</source>
        <translation>heute angekommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="86"/>
        <source>of the expected guests have come</source>
        <translation>der erwarteten Gäste sind da</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="87"/>
        <source>expected, not yet arrived</source>
        <translation>erwartet, noch nicht da</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="88"/>
        <source>walk-ins</source>
        <translation>spontan vor Ort registriert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="89"/>
        <source>guests per minute (last 15 min, all desks)</source>
        <translation>Gäste pro Minute (letzte 15 Min., alle Schalter)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="94"/>
        <source>Arrivals per 15 minutes</source>
        <translation>Ankünfte je 15 Minuten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="95"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="96"/>
        <source>By country</source>
        <translation>Nach Land</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="97"/>
        <source>By type of organisation</source>
        <translation>Nach Organisationsart</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="98"/>
        <source>Desk throughput (guests per minute)</source>
        <translation>Schalter-Durchsatz (Gäste pro Minute)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="99"/>
        <source>Session occupancy</source>
        <translation>Belegung der Programmpunkte</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="159"/>
        <source>Could not compute the figures: %1</source>
        <translation>Zahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="168"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="168"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="168"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="169"/>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="169"/>
        <source>Exhibitors</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="169"/>
        <source>Ministry</source>
        <translation>Ministerium</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="170"/>
        <source>SMEs</source>
        <translation>KMU</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="170"/>
        <source>Large companies</source>
        <translation>Großunternehmen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="171"/>
        <source>Research institutions</source>
        <translation>Forschungseinrichtungen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="171"/>
        <source>Public bodies</source>
        <translation>Öffentliche Stellen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="172"/>
        <source>Associations and clusters</source>
        <translation>Verbände und Cluster</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="172"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="173"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="190"/>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="190"/>
        <source>Expected, not yet arrived</source>
        <translation>Erwartet, noch nicht da</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="212"/>
        <source>last 15 min</source>
        <translation>letzte 15 Min.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="213"/>
        <source>average while busy</source>
        <translation>Schnitt bei Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="214"/>
        <source>peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="223"/>
        <source>Session occupancy on %1</source>
        <translation>Belegung der Programmpunkte am %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="227"/>
        <source>inside now</source>
        <translation>jetzt im Raum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="228"/>
        <source>entered, left again</source>
        <translation>eingetreten, wieder gegangen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="229"/>
        <source>free seats</source>
        <translation>freie Plätze</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="235"/>
        <source>%1 of %2 expected guests arrived</source>
        <translation>%1 von %2 erwarteten Gästen angekommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="236"/>
        <source>1 double admission</source>
        <translation>1 doppelter Einlass</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="237"/>
        <source>%1 double admissions</source>
        <translation>%1 doppelte Einlässe</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/view.py" line="238"/>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="97"/>
        <source>%n name(s) need a look before printing: </source>
        <translation>
            <numerusform>%n Name vor dem Druck prüfen: </numerusform>
            <numerusform>%n Namen vor dem Druck prüfen: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="46"/>
        <source>Report (PDF)…</source>
        <translation>Bericht (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="46"/>
        <source>Post-event report with charts</source>
        <translation>Abschlussbericht mit Diagrammen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="47"/>
        <source>Certificates…</source>
        <translation>Bescheinigungen…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="47"/>
        <source>Certificates of attendance for everyone who came</source>
        <translation>Teilnahmebescheinigungen für alle, die da waren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="48"/>
        <source>Paper lists…</source>
        <translation>Papierlisten…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="48"/>
        <source>Alphabetical lists with tick boxes, for a power cut</source>
        <translation>Alphabetische Listen zum Abhaken, für einen Stromausfall</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="49"/>
        <source>Figures (XLSX)…</source>
        <translation>Zahlen (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="49"/>
        <source>All figures and the lists as a spreadsheet</source>
        <translation>Alle Zahlen und die Listen als Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="57"/>
        <source>Desks:</source>
        <translation>Schalter:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="61"/>
        <source>Split the paper lists by surname for this many desks</source>
        <translation>Papierlisten nach Nachnamen auf so viele Schalter aufteilen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="69"/>
        <source>report</source>
        <translation>bericht</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="69"/>
        <source>certificates</source>
        <translation>bescheinigungen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="69"/>
        <source>lists</source>
        <translation>listen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="70"/>
        <source>figures</source>
        <translation>zahlen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="79"/>
        <source>Writing %1 …</source>
        <translation>Schreibe %1 …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="87"/>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/dashboard/exports.py" line="93"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>
