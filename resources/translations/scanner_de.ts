<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../src/checkin/ui/scanner/camera.py" line="158"/>
        <source>No camera found.</source>
        <translation>Keine Kamera gefunden.</translation>
    </message>
</context>
<context>
    <name>ScannerSetupDialog</name>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="83"/>
        <source>Scanner set-up</source>
        <translation>Scanner einrichten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="85"/>
        <source>Scan this code with the desk&apos;s scanner.</source>
        <translation>Scannen Sie diesen Code mit dem Scanner dieses Platzes.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="89"/>
        <source>Waiting for the scan…</source>
        <translation>Warte auf den Scan…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="93"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="94"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="110"/>
        <source>That was not the test code (read: %1). Please scan again.</source>
        <translation>Das war nicht der Testcode (gelesen: %1). Bitte erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="114"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="114"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="114"/>
        <source>none (pause)</source>
        <translation>keiner (Pause)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="115"/>
        <source>Suffix: %1
Speed: up to %2 ms between keys (a scan may pause up to %3 ms)
Layout: %4</source>
        <translation>Abschluss: %1
Tempo: bis %2 ms zwischen Tasten (ein Scan darf bis %3 ms stocken)
Tastatur: %4</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="125"/>
        <source>matches this keyboard</source>
        <translation>passt zu dieser Tastatur</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="126"/>
        <source>US</source>
        <translation>US-amerikanischer</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="126"/>
        <source>German</source>
        <translation>deutscher</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="126"/>
        <source>French</source>
        <translation>französischer</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="131"/>
        <source>%1 scanner on a %2 keyboard</source>
        <translation>Scanner mit %1 Belegung an %2 Tastatur</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="134"/>
        <source>Caps Lock is on</source>
        <translation>Feststelltaste ist an</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="135"/>
        <source>(repaired automatically)</source>
        <translation>(wird automatisch korrigiert)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="123"/>
        <source>unknown mismatch (repaired character by character)</source>
        <translation>unbekannte Abweichung (wird zeichenweise korrigiert)</translation>
    </message>
</context>
</TS>
