<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>DayCloseScreen</name>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="80" />
            <location filename="../../src/checkin/ui/dayclose/view.py" line="91" />
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="80" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="80" />
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="81" />
            <source>Latest record</source>
            <translation>Letzter Eintrag</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="82" />
            <source>1. Do all stations agree?</source>
            <translation>1. Sind alle Stationen auf demselben Stand?</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="90" />
            <source>Item</source>
            <translation>Gegenstand</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="90" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="90" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="90" />
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="91" />
            <source>Deposit</source>
            <translation>Pfand</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="92" />
            <source>2. Who still holds a hand-out?</source>
            <translation>2. Wer hat noch etwas Ausgeliehenes?</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="101" />
            <source>3. Arrivals not yet sent upstream</source>
            <translation>3. Noch nicht übertragene Ankünfte</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="107" />
            <source>Folder on the USB stick</source>
            <translation>Ordner auf dem USB-Stick</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="108" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="110" />
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="116" />
            <source>4. Backup of the event file</source>
            <translation>4. Sicherung der Veranstaltungsdatei</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="125" />
            <source>Check again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="129" />
            <source>At the end of each day: check, then take a backup to a USB stick.</source>
            <translation>Am Ende jedes Tages: prüfen, dann auf einen USB-Stick sichern.</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="150" />
            <source>Backup folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="161" />
            <source>Choose a folder first (e.g. on a USB stick).</source>
            <translation>Bitte zuerst einen Ordner wählen (z. B. auf einem USB-Stick).</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="165" />
            <source>Writing the backup …</source>
            <translation>Sicherung wird geschrieben …</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="185" />
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="194" />
            <source>this station (%1 records)</source>
            <translation>diese Station (%1 Einträge)</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="196" />
            <source>%1 records here, no sync contact</source>
            <translation>%1 Einträge hier, kein Sync-Kontakt</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="198" />
            <source>agrees</source>
            <translation>gleicher Stand</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="200" />
            <source>differs: lacks %1, has %2 we lack</source>
            <translation>weicht ab: ihr fehlen %1, sie hat %2, die uns fehlen</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="206" />
            <source>No other station is known to this copy: only this station was checked.</source>
            <translation>Diese Kopie kennt keine andere Station: nur diese Station wurde geprüft.</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="210" />
            <source>All known stations hold the same journal.</source>
            <translation>Alle bekannten Stationen haben dasselbe Journal.</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="213" />
            <source>Stations do not agree yet: let them sync, then check again.</source>
            <translation>Die Stationen sind noch nicht auf demselben Stand: synchronisieren lassen, dann erneut prüfen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/checkin/ui/dayclose/view.py" line="218" />
            <source>%n hand-out(s) not returned</source>
            <translation>
                <numerusform>%n Gegenstand nicht zurückgegeben</numerusform>
                <numerusform>%n Gegenstände nicht zurückgegeben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="221" />
            <source>All hand-outs are back.</source>
            <translation>Alles Ausgeliehene ist zurück.</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="224" />
            <source>This event is not connected to an upstream system (pretix).</source>
            <translation>Diese Veranstaltung ist mit keinem übergeordneten System (pretix) verbunden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/checkin/ui/dayclose/view.py" line="227" />
            <source>%n arrival(s) not yet sent (see Sync back)</source>
            <translation>
                <numerusform>%n Ankunft noch nicht übertragen (siehe Rückübertragung)</numerusform>
                <numerusform>%n Ankünfte noch nicht übertragen (siehe Rückübertragung)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="230" />
            <source>Everything has been sent.</source>
            <translation>Alles wurde übertragen.</translation>
        </message>
        <message>
            <location filename="../../src/checkin/ui/dayclose/view.py" line="233" />
            <source>Backup written and verified: %1 (%2 journal records)</source>
            <translation>Sicherung geschrieben und geprüft: %1 (%2 Journal-Einträge)</translation>
        </message>
    </context>
</TS>