<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="35"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="35"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="35"/>
        <source>Operator</source>
        <translation>Bedienung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="35"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="36"/>
        <source>Attendee</source>
        <translation>Teilnehmende/r</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="36"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="67"/>
        <source>Who did what at which station</source>
        <translation>Wer hat was an welcher Station getan</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="75"/>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="83"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="86"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="86"/>
        <source>Operator</source>
        <translation>Bedienung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="87"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="101"/>
        <source>No guest names, emails or notes are shown or exported here: attendees by id.</source>
        <translation>Hier werden keine Gästenamen, E-Mails oder Notizen gezeigt oder exportiert: Teilnehmende nur als Nummer.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="124"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="126"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="148"/>
        <source> (newest %1 shown)</source>
        <translation> (die neuesten %1 angezeigt)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="149"/>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="158"/>
        <source>Export audit</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="158"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="164"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="166"/>
        <source>Audit exported</source>
        <translation>Protokoll exportiert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/audit/view.py" line="167"/>
        <source>Written to %1. It contains: station, operator, time, kind, attendee id and details without personal data.</source>
        <translation>Gespeichert unter %1. Enthält: Station, Bedienung, Zeit, Art, Teilnehmenden-Nummer und Details ohne personenbezogene Daten.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../src/checkin/ui/audit/__init__.py" line="15"/>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
</context>
</TS>
