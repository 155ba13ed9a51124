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
        <location filename="../../src/checkin/ui/scanner/setup.py" line="72"/>
        <source>Scanner set-up</source>
        <translation>Scanner einrichten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="74"/>
        <source>Scan this code with the desk&apos;s scanner.</source>
        <translation>Scannen Sie diesen Code mit dem Scanner dieses Platzes.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="78"/>
        <source>Waiting for the scan…</source>
        <translation>Warte auf den Scan…</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="82"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="83"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="96"/>
        <source>That was not the test code (read: %1). Please scan again.</source>
        <translation>Das war nicht der Testcode (gelesen: %1). Bitte erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="100"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="100"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="100"/>
        <source>none (pause)</source>
        <translation>keiner (Pause)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="101"/>
        <source>matches this keyboard</source>
        <translation>passt zu dieser Tastatur</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="101"/>
        <source>US scanner on a German keyboard (repaired)</source>
        <translation>US-Scanner an deutscher Tastatur (wird korrigiert)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="102"/>
        <source>US scanner on a French keyboard (repaired)</source>
        <translation>US-Scanner an französischer Tastatur (wird korrigiert)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="104"/>
        <source>unknown mismatch (repaired character by character)</source>
        <translation>unbekannte Abweichung (wird zeichenweise korrigiert)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/scanner/setup.py" line="105"/>
        <source>Suffix: %1
Speed: up to %2 ms between keys
Layout: %3</source>
        <translation>Abschluss: %1
Tempo: bis %2 ms zwischen Tasten
Tastaturbelegung: %3</translation>
    </message>
</context>
</TS>
