<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>StationsScreen</name>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="180"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="64"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="72"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="72"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="72"/>
        <source>Behind</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="73"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="73"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="73"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="81"/>
        <source>e.g. 192.168.1.20:8765</source>
        <translation>z. B. 192.168.1.20:8765</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="83"/>
        <source>Add station</source>
        <translation>Station hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="89"/>
        <source>Show pairing code</source>
        <translation>Kopplungscode anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="103"/>
        <source>Scan the pairing QR code or type the short code</source>
        <translation>Kopplungs-QR-Code scannen oder Kurzcode eintippen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="105"/>
        <source>Address of the showing station (optional)</source>
        <translation>Adresse der anzeigenden Station (optional)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="106"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="115"/>
        <source>Warn when alone for more than</source>
        <translation>Warnen, wenn länger allein als</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="122"/>
        <source>Station address:</source>
        <translation>Stationsadresse:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="127"/>
        <source>Pairing</source>
        <translation>Kopplung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="135"/>
        <source>Join the stations of this event:</source>
        <translation>Den Stationen dieser Veranstaltung beitreten:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="161"/>
        <source>Station %1: sync is not running. %2</source>
        <translation>Station %1: Abgleich läuft nicht. %2</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="162"/>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="167"/>
        <source>found automatically on this network</source>
        <translation>wird in diesem Netz automatisch gefunden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="168"/>
        <source>automatic discovery unavailable: add stations by address</source>
        <translation>automatische Suche nicht verfügbar: Stationen per Adresse hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="169"/>
        <source>This station: %1 — reachable at %2 (%3)</source>
        <translation>Diese Station: %1 – erreichbar unter %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="177"/>
        <source>%1 — check this laptop&apos;s time!</source>
        <translation>%1 – Uhrzeit dieses Laptops prüfen!</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="178"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="178"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="179"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="189"/>
        <source>This desk has been alone for %1: no other station reachable. It keeps working; check the network or add a station by address.</source>
        <translation>Dieser Schalter ist seit %1 allein: keine andere Station erreichbar. Er arbeitet weiter; Netzwerk prüfen oder eine Station per Adresse hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/stations/view.py" line="194"/>
        <source>In sync with %n station(s).</source>
        <translation><numerusform>Mit %n Station abgeglichen.</numerusform><numerusform>Mit %n Stationen abgeglichen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="197"/>
        <source>No other station connected yet.</source>
        <translation>Noch keine andere Station verbunden.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="204"/>
        <source>Double admissions (admitted at two desks while apart): %1</source>
        <translation>Doppelte Einlässe (an zwei Schaltern eingelassen, während sie getrennt waren): %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="213"/>
        <source>Not a station address: %1</source>
        <translation>Keine Stationsadresse: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="220"/>
        <source>Added %1; it connects within seconds.</source>
        <translation>%1 hinzugefügt; die Verbindung steht in wenigen Sekunden.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="242"/>
        <source>Let the other desk scan the QR code or type the short code. Valid for 15 minutes.</source>
        <translation>Den anderen Schalter den QR-Code scannen oder den Kurzcode eintippen lassen. 15 Minuten gültig.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="253"/>
        <location filename="../../src/checkin/ui/stations/view.py" line="266"/>
        <source>Could not join: %1</source>
        <translation>Beitritt nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="255"/>
        <source>Joining…</source>
        <translation>Trete bei …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/view.py" line="261"/>
        <source>Paired. This desk now syncs with the stations of this event.</source>
        <translation>Gekoppelt. Dieser Schalter gleicht jetzt mit den Stationen dieser Veranstaltung ab.</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>Refused %n record(s) from other stations (they changed nothing):</source>
        <translation><numerusform>%n Eintrag anderer Stationen abgelehnt (er hat nichts verändert):</numerusform><numerusform>%n Einträge anderer Stationen abgelehnt (sie haben nichts verändert):</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>%1 by %2, offered by %3 (%4): %5</source>
        <translation>%1 von %2, angeboten von %3 (%4): %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>%n sequence number(s) used by two different records (two laptops under one station name); all records are kept:</source>
        <translation><numerusform>%n laufende Nummer von zwei verschiedenen Einträgen belegt (zwei Laptops unter einem Stationsnamen); alle Einträge bleiben erhalten:</numerusform><numerusform>%n laufende Nummern von je zwei verschiedenen Einträgen belegt (zwei Laptops unter einem Stationsnamen); alle Einträge bleiben erhalten:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>This copy worked as %1 until %2 and is station %3 since (opened on another computer or restored from a backup).</source>
        <translation>Diese Kopie arbeitete bis %2 als %1 und ist seitdem Station %3 (auf einem anderen Computer geöffnet oder aus einer Sicherung wiederhergestellt).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>helper</source>
        <translation>Helfer/in</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>organiser</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>a helper may not write this</source>
        <translation>Helfer/innen dürfen das nicht schreiben</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>only the organiser may write this</source>
        <translation>nur die Organisation darf das schreiben</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="0"/>
        <source>This copy was made as %1 and is station %3 since %2 (the station name of this laptop, see Settings).</source>
        <translation>Diese Kopie wurde als %1 erstellt und ist seit %2 Station %3 (der Stationsname dieses Laptops, siehe Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>Revoked: %1 (records up to %2 stay; later ones and its codes count nowhere)</source>
        <translation>Gesperrt: %1 (Einträge bis %2 bleiben; spätere und ihre Codes gelten nirgends)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>unsigned (written before signing, or forged)</source>
        <translation>unsigniert (vor der Signatur geschrieben oder gefälscht)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>altered after it was signed</source>
        <translation>nach der Signatur verändert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>signed by a key nobody certified</source>
        <translation>mit einem nicht beglaubigten Schlüssel signiert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>signed with another station's key</source>
        <translation>mit dem Schlüssel einer anderen Station signiert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>forged or altered signature</source>
        <translation>gefälschte oder veränderte Signatur</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>the station was revoked</source>
        <translation>die Station wurde gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>its station's role may not write this</source>
        <translation>die Rolle dieser Station darf das nicht schreiben</translation>
    </message>
</context>
<context>
    <name>RevokeRow</name>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>Why (e.g. laptop lost)</source>
        <translation>Grund (z. B. Laptop verloren)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>Revoke station…</source>
        <translation>Station sperren …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>Lost laptop:</source>
        <translation>Verlorener Laptop:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>Revoke station</source>
        <translation>Station sperren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>Revoke station %1? Its records from now on and every code it issued stop counting at every station. This cannot be undone.</source>
        <translation>Station %1 sperren? Ihre Einträge ab jetzt und jeder Code, den sie ausgegeben hat, gelten an keiner Station mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/trust.py" line="1"/>
        <source>Revoked. The other stations learn it with their next sync.</source>
        <translation>Gesperrt. Die anderen Stationen erfahren es beim nächsten Abgleich.</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>undone check-in</source>
        <translation>zurückgenommener Check-in</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>walk-in</source>
        <translation>Vor-Ort-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>substitution</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>companion</source>
        <translation>Begleitperson</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>badge collected</source>
        <translation>Namensschild abgeholt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>hand-out</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>session entry</source>
        <translation>Einlass in Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>session exit</source>
        <translation>Verlassen der Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>notice confirmed</source>
        <translation>Hinweis bestätigt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>guest list change</source>
        <translation>Änderung der Gästeliste</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>new code</source>
        <translation>neuer Code</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>programme change</source>
        <translation>Programmänderung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>meeting change</source>
        <translation>Gesprächsänderung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>badge layout</source>
        <translation>Namensschild-Vorlage</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>deletion of personal data</source>
        <translation>Löschung personenbezogener Daten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>station certificate</source>
        <translation>Stationszertifikat</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>station revoked</source>
        <translation>Station gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>meeting marked</source>
        <translation>Gespräch markiert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>meeting scan</source>
        <translation>Scan am Gesprächstisch</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/stations/kind_words.py" line="1"/>
        <source>rematched meeting</source>
        <translation>neu vermitteltes Gespräch</translation>
    </message>
</context>
</TS>
