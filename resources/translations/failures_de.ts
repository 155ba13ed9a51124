<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BadgeFailures</name>
    <message>
        <source>Layout %1: %2 × %3 badges do not fit on the sheet.</source>
        <translation>Layout %1: %2 × %3 Namensschilder passen nicht auf den Bogen.</translation>
    </message>
    <message>
        <source>The element %1 has no size: give it a width and a height.</source>
        <translation>Das Element %1 hat keine Größe: Bitte Breite und Höhe angeben.</translation>
    </message>
    <message>
        <source>The layout file %1 cannot be read.</source>
        <translation>Die Layout-Datei %1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>There is no layout called %1.</source>
        <translation>Es gibt kein Layout namens %1.</translation>
    </message>
    <message>
        <source>This layout is not usable (%1).</source>
        <translation>Dieses Layout ist so nicht verwendbar.</translation>
    </message>
</context>
<context>
    <name>DeskOps</name>
    <message>
        <source>%1 is checked in already today; to let the person who came take over that arrival, confirm it.</source>
        <translation>%1 ist heute schon angemeldet; damit die erschienene Person diese Ankunft übernimmt, bitte bestätigen.</translation>
    </message>
    <message>
        <source>No guest with number %1 in this event.</source>
        <translation>Kein Gast mit der Nummer %1 in dieser Veranstaltung.</translation>
    </message>
    <message>
        <source>The time of a paper arrival needs a time zone.</source>
        <translation>Die Zeit einer Ankunft von der Papierliste braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>These fields are not known here: %1</source>
        <translation>Diese Felder sind hier unbekannt: %1</translation>
    </message>
    <message>
        <source>These fields cannot be corrected here: %1</source>
        <translation>Diese Felder lassen sich hier nicht korrigieren: %1</translation>
    </message>
    <message>
        <source>This check-in is not in the event file (any more).</source>
        <translation>Diese Anmeldung steht nicht (mehr) in der Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>This copy cannot issue admission codes; register the person at a desk copy.</source>
        <translation>Diese Kopie kann keine Einlasscodes ausstellen; bitte die Person an einer Empfangskopie registrieren.</translation>
    </message>
    <message>
        <source>Unknown check-in point: %1</source>
        <translation>Unbekannter Einlasspunkt: %1</translation>
    </message>
</context>
<context>
    <name>EventFileFailures</name>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>%1 cannot take the backup: %2.</source>
        <translation>%1 kann die Sicherung nicht aufnehmen: %2.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 gibt es schon; bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an event file.</source>
        <translation>%1 ist ein Ordner, keine Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>%1 is not a checkin event file (or it is encrypted and needs its passphrase).</source>
        <translation>%1 ist keine checkin-Veranstaltungsdatei (oder sie ist verschlüsselt und braucht ihre Passphrase).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of checkin; update this program.</source>
        <translation>%1 wurde von einer neueren checkin-Version geschrieben; bitte dieses Programm aktualisieren.</translation>
    </message>
    <message>
        <source>An event lasts at least one day.</source>
        <translation>Eine Veranstaltung dauert mindestens einen Tag.</translation>
    </message>
    <message>
        <source>No certified station is called %1.</source>
        <translation>Keine zertifizierte Station heißt %1.</translation>
    </message>
    <message>
        <source>Only the organiser's file (it holds the event key) can do this.</source>
        <translation>Das kann nur die Datei der Organisation (sie hält den Veranstaltungsschlüssel).</translation>
    </message>
    <message>
        <source>Station name %1: use letters, digits, '.', '_' or '-'.</source>
        <translation>Stationsname %1: bitte nur Buchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>The PIN is too weak to go out in a desk copy (anyone with the laptop's file could guess it). Set a longer PIN first.</source>
        <translation>Die PIN ist zu schwach für eine Empfangskopie (wer die Datei des Laptops hat, könnte sie erraten). Bitte zuerst eine längere PIN setzen.</translation>
    </message>
    <message>
        <source>The backup at %1 did not verify; try another folder or stick.</source>
        <translation>Die Sicherung unter %1 ließ sich nicht prüfen; bitte einen anderen Ordner oder Stick versuchen.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2.</source>
        <translation>Die Sicherung ließ sich nicht nach %1 schreiben: %2.</translation>
    </message>
    <message>
        <source>The station name %1 is taken; choose another.</source>
        <translation>Der Stationsname %1 ist vergeben; bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>There is no event file %1 (any more).</source>
        <translation>Die Veranstaltungsdatei %1 gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>This copy signs as station %1; records under the name %2 would be refused by every other station.</source>
        <translation>Diese Kopie unterschreibt als Station %1; Einträge unter dem Namen %2 würde jede andere Station ablehnen.</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>Unbekannte Zeitzone: %1</translation>
    </message>
</context>
<context>
    <name>ExportFailures</name>
    <message>
        <source>pretix gave an unexpected answer for %1.</source>
        <translation>pretix gab eine unerwartete Antwort für %1.</translation>
    </message>
    <message>
        <source>pretix does not know %1: check organizer, event and list.</source>
        <translation>pretix kennt %1 nicht: bitte Veranstalter, Veranstaltung und Liste prüfen.</translation>
    </message>
    <message>
        <source>pretix refused access (%1): check the token and its permissions.</source>
        <translation>pretix verweigert den Zugriff (%1): bitte das Token und seine Rechte prüfen.</translation>
    </message>
    <message>
        <source>pretix cannot be reached (%1): check the network and the address.</source>
        <translation>pretix ist nicht erreichbar: bitte Netzwerk und Adresse prüfen.</translation>
    </message>
    <message>
        <source>pretix answered %1: %2</source>
        <translation>pretix antwortete %1: %2</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv.</source>
        <translation>%1: Der Dateiname muss auf .xlsx oder .csv enden.</translation>
    </message>
    <message>
        <source>Give an API token (or a device token).</source>
        <translation>Bitte ein API-Token (oder Geräte-Token) angeben.</translation>
    </message>
    <message>
        <source>Give the organizer's short name (slug).</source>
        <translation>Bitte den Kurznamen des Veranstalters (Slug) angeben.</translation>
    </message>
    <message>
        <source>No check-in list known: fetch from pretix first, or create a check-in list in pretix.</source>
        <translation>Keine Check-in-Liste bekannt: bitte zuerst von pretix abrufen oder in pretix eine Check-in-Liste anlegen.</translation>
    </message>
    <message>
        <source>No pretix address given (e.g. https://pretix.eu).</source>
        <translation>Keine pretix-Adresse angegeben (z. B. https://pretix.eu).</translation>
    </message>
    <message>
        <source>Not a web address: %1</source>
        <translation>Keine Webadresse: %1</translation>
    </message>
    <message>
        <source>The check-in list %1 does not exist in the pretix event %2.</source>
        <translation>Die Check-in-Liste %1 gibt es in der pretix-Veranstaltung %2 nicht.</translation>
    </message>
    <message>
        <source>The export could not be written (%1).</source>
        <translation>Der Export ließ sich nicht schreiben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>%1</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; es ging nichts verloren. Bitte erneut versuchen; die technische Meldung für den Support steht im Protokoll.</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>this is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>den Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>a file is in the way where a folder should be</source>
        <translation>wo ein Ordner sein sollte, ist eine Datei</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>eine Datei dieses Namens ist im Weg</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Die Datei %1 lässt sich nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>keine Berechtigung, die Datei zu lesen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>das Laufwerk ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file or its folder is read-only (no permission to write)</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt (keine Schreibberechtigung)</translation>
    </message>
</context>
<context>
    <name>ImportFailures</name>
    <message>
        <source>%1 cannot be read as a table; please save the list as CSV or Excel.</source>
        <translation>%1 lässt sich nicht als Tabelle lesen; bitte die Liste als CSV oder Excel speichern.</translation>
    </message>
    <message>
        <source>%1 declares a sheet far larger than an attendee list; save the list alone, or as CSV.</source>
        <translation>%1 gibt ein Blatt an, das weit größer als eine Teilnehmerliste ist; bitte die Liste allein oder als CSV speichern.</translation>
    </message>
    <message>
        <source>%1 is a PDF, not a table; please save the list as CSV or Excel.</source>
        <translation>%1 ist ein PDF, keine Tabelle; bitte die Liste als CSV oder Excel speichern.</translation>
    </message>
    <message>
        <source>%1 is a link to a file outside its folder: refused. Copy the file itself.</source>
        <translation>%1 ist eine Verknüpfung auf eine Datei außerhalb ihres Ordners: abgelehnt. Bitte die Datei selbst kopieren.</translation>
    </message>
    <message>
        <source>%1 is damaged or not really a workbook.</source>
        <translation>%1 ist beschädigt oder keine echte Arbeitsmappe.</translation>
    </message>
    <message>
        <source>%1 needs more than %2 MB to read, so it was not read (a damaged or inflated file).</source>
        <translation>%1 bräuchte zum Lesen mehr als %2 MB und wurde deshalb nicht gelesen (eine beschädigte oder aufgeblähte Datei).</translation>
    </message>
    <message>
        <source>%1 took more than %2 s to read: split it, or save it as CSV.</source>
        <translation>Das Lesen von %1 dauerte länger als %2 s: bitte aufteilen oder als CSV speichern.</translation>
    </message>
    <message>
        <source>%1: line %2 is far longer than in an attendee list.</source>
        <translation>%1: Zeile %2 ist weit länger als in einer Teilnehmerliste.</translation>
    </message>
    <message>
        <source>The file %1 has %2 cells, more than an attendee list.</source>
        <translation>Die Datei %1 hat %2 Zellen, mehr als eine Teilnehmerliste.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The file %1 is too large for an attendee list (%2 MB).</source>
        <translation>Die Datei %1 ist zu groß für eine Teilnehmerliste (%2 MB).</translation>
    </message>
    <message>
        <source>The file cannot be read in the encoding %1.</source>
        <translation>Die Datei lässt sich in der Kodierung %1 nicht lesen.</translation>
    </message>
    <message>
        <source>The file does not exist (any more): %1</source>
        <translation>Die Datei gibt es nicht (mehr): %1</translation>
    </message>
    <message>
        <source>The file holds no table (every sheet is empty).</source>
        <translation>Die Datei enthält keine Tabelle (jedes Blatt ist leer).</translation>
    </message>
    <message>
        <source>The file is not a readable table.</source>
        <translation>Die Datei ist keine lesbare Tabelle.</translation>
    </message>
    <message>
        <source>The file's text is damaged (%1).</source>
        <translation>Der Text der Datei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The saved mapping uses %1, which this list cannot take (column %2).</source>
        <translation>Die gespeicherte Zuordnung verwendet %1, das diese Liste nicht aufnehmen kann (Spalte %2).</translation>
    </message>
    <message>
        <source>The sheet %1 cannot be read (damaged).</source>
        <translation>Das Blatt %1 lässt sich nicht lesen (beschädigt).</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>Die Arbeitsmappe hat kein Blatt %1.</translation>
    </message>
    <message>
        <source>This file is not a saved mapping.</source>
        <translation>Diese Datei ist keine gespeicherte Zuordnung.</translation>
    </message>
    <message>
        <source>This is a folder, not a file: %1</source>
        <translation>Das ist ein Ordner, keine Datei: %1</translation>
    </message>
    <message>
        <source>This is not a table; please save the list as CSV or Excel.</source>
        <translation>Das ist keine Tabelle; bitte die Liste als CSV oder Excel speichern.</translation>
    </message>
</context>
<context>
    <name>MatchmakingFailures</name>
    <message>
        <source>%1 already has a meeting with a partner who is here at %2.</source>
        <translation>%1 hat um %2 schon ein Treffen mit einem anwesenden Gegenüber.</translation>
    </message>
    <message>
        <source>%1 cannot be booked at %2: not checked in today, already meeting this guest, or not free in that slot.</source>
        <translation>%1 kann um %2 nicht gebucht werden: heute nicht angemeldet, trifft diesen Gast schon oder ist in diesem Zeitfenster nicht frei.</translation>
    </message>
    <message>
        <source>%1 has not checked in on %2.</source>
        <translation>%1 ist am %2 nicht angemeldet.</translation>
    </message>
    <message>
        <source>A meeting cannot be marked %1.</source>
        <translation>Ein Treffen lässt sich nicht als %1 markieren.</translation>
    </message>
    <message>
        <source>Guest %1 has no meeting now.</source>
        <translation>Gast %1 hat jetzt kein Treffen.</translation>
    </message>
    <message>
        <source>There is no matchmaking slot at %1.</source>
        <translation>Um %1 gibt es kein Matchmaking-Zeitfenster.</translation>
    </message>
    <message>
        <source>There is no meeting %1 in this event.</source>
        <translation>Es gibt kein Treffen %1 in dieser Veranstaltung.</translation>
    </message>
</context>
<context>
    <name>RoleFailures</name>
    <message>
        <source>%1: only the organiser's file may do this.</source>
        <translation>%1: Das darf nur die Datei der Organisation.</translation>
    </message>
    <message>
        <source>%1: this needs a desk copy or the organiser's file.</source>
        <translation>%1: Das braucht eine Empfangskopie oder die Datei der Organisation.</translation>
    </message>
    <message>
        <source>This is a %1 copy of the event</source>
        <translation>Dies ist eine Kopie der Veranstaltung für die Rolle %1</translation>
    </message>
    <message>
        <source>This station works as %1 now</source>
        <translation>Diese Station arbeitet gerade in der Rolle %1</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>helper</source>
        <translation>Helfer/in</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>StationFailures</name>
    <message>
        <source>No address given.</source>
        <translation>Keine Adresse angegeben.</translation>
    </message>
    <message>
        <source>No free network port for the sync service.</source>
        <translation>Kein freier Netzwerk-Port für den Abgleich.</translation>
    </message>
    <message>
        <source>No station answered the pairing code (%1).</source>
        <translation>Keine Station hat auf den Kopplungscode geantwortet.</translation>
    </message>
    <message>
        <source>No station of this event was found on the network: give its address.</source>
        <translation>Im Netzwerk wurde keine Station dieser Veranstaltung gefunden: bitte ihre Adresse angeben.</translation>
    </message>
    <message>
        <source>Not a pairing code: 12 letters and digits like ABCD-ABCD-ABCD, or the pairing QR code.</source>
        <translation>Kein Kopplungscode: 12 Buchstaben und Ziffern wie ABCD-ABCD-ABCD, oder der Kopplungs-QR-Code.</translation>
    </message>
    <message>
        <source>Stations talk plain HTTP with encrypted bodies: use http://, not %1://.</source>
        <translation>Stationen sprechen einfaches HTTP mit verschlüsseltem Inhalt: bitte http:// statt %1:// verwenden.</translation>
    </message>
    <message>
        <source>The address names no computer.</source>
        <translation>Die Adresse nennt keinen Rechner.</translation>
    </message>
    <message>
        <source>The sync secret in this event file is damaged.</source>
        <translation>Das Abgleich-Geheimnis in dieser Veranstaltungsdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>This copy holds no sync secret: pair it with a station, or make a new desk copy from the organiser's file.</source>
        <translation>Diese Kopie hat kein Abgleich-Geheimnis: bitte mit einer Station koppeln oder eine neue Empfangskopie aus der Datei der Organisation machen.</translation>
    </message>
    <message>
        <source>This pairing code belongs to another event: open the desk copy of that event.</source>
        <translation>Dieser Kopplungscode gehört zu einer anderen Veranstaltung: bitte die Empfangskopie jener Veranstaltung öffnen.</translation>
    </message>
</context>
</TS>
