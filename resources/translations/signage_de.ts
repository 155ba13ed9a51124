<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SignageScreen</name>
    <message>
        <location filename="../../src/checkin/ui/signage/view.py" line="193"/>
        <source>Show full screen on the projector</source>
        <translation>Als Vollbild auf dem Beamer zeigen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/signage/view.py" line="227"/>
        <source>Updates by itself every %1 seconds. Simulated time: %2</source>
        <translation>Aktualisiert sich alle %1 Sekunden. Simulierte Zeit: %2</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/signage/view.py" line="230"/>
        <source>Updates by itself every %1 seconds.</source>
        <translation>Aktualisiert sich alle %1 Sekunden.</translation>
    </message>
</context>
</TS>
