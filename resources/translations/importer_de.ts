<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="45"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="46"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="47"/>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="48"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="49"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="50"/>
        <source>Full name (split)</source>
        <translation>Vollständiger Name (wird aufgeteilt)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="51"/>
        <source>Name particle (van, de …: before the last name)</source>
        <translation>Namenszusatz (van, de …: vor dem Nachnamen)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="52"/>
        <source>Second last name (after the last name)</source>
        <translation>Zweiter Nachname (nach dem Nachnamen)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="53"/>
        <source>Checkin number (from this app&apos;s export)</source>
        <translation>Checkin-Nummer (aus dem Export dieses Programms)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="54"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="55"/>
        <source>Organisation type</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="56"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="57"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="58"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="59"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="60"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="61"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="63"/>
        <source>Desk note</source>
        <translation>Hinweis für die Theke</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="64"/>
        <source>Ticket code / barcode</source>
        <translation>Ticket-Code / Barcode</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="65"/>
        <source>Attention</source>
        <translation>Besondere Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="66"/>
        <source>Keep as extra field</source>
        <translation>Als Zusatzfeld behalten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="67"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="68"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="69"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="70"/>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="71"/>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="72"/>
        <source>Directions</source>
        <translation>Wegbeschreibung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="73"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="74"/>
        <source>Title (German)</source>
        <translation>Titel (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="75"/>
        <source>Title (English)</source>
        <translation>Titel (Englisch)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="76"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="77"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="78"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="79"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="80"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="81"/>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="82"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="83"/>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="84"/>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="23"/>
        <source>no name: the row has neither first nor family name</source>
        <translation>kein Name: die Zeile hat weder Vor- noch Nachnamen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="24"/>
        <source>the e-mail address %1 is not valid</source>
        <translation>die E-Mail-Adresse %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="26"/>
        <source>unknown status %1: imported as registered</source>
        <translation>unbekannter Status %1: als angemeldet übernommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="28"/>
        <source>line break or invisible character in %1: replaced by a space</source>
        <translation>Zeilenumbruch oder unsichtbares Zeichen in %1: durch ein Leerzeichen ersetzt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="30"/>
        <source>invisible character removed from %1</source>
        <translation>unsichtbares Zeichen aus %1 entfernt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="32"/>
        <source>%1 is unusually long (%2 characters): please check</source>
        <translation>%1 ist ungewöhnlich lang (%2 Zeichen): bitte prüfen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="34"/>
        <source>%1 looks like a spreadsheet formula; kept as plain text</source>
        <translation>%1 sieht aus wie eine Tabellenformel; als reiner Text übernommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="36"/>
        <source>the phone number %1 was shortened by a spreadsheet program: digits are missing</source>
        <translation>die Telefonnummer %1 wurde von einem Tabellenprogramm gekürzt: es fehlen Ziffern</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="39"/>
        <source>an invisible character (NUL) was removed</source>
        <translation>ein unsichtbares Zeichen (NUL) wurde entfernt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="42"/>
        <source>this row has characters the rest of the file does not use; please check the spelling of its names</source>
        <translation>diese Zeile ist anders kodiert als der Rest der Datei; bitte die Schreibweise der Namen prüfen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="45"/>
        <source>same e-mail address as row %1, but another person: both imported</source>
        <translation>gleiche E-Mail-Adresse wie Zeile %1, aber eine andere Person: beide übernommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="47"/>
        <source>same registration number as row %1: the newer row %1 is imported</source>
        <translation>gleiche Anmeldenummer wie Zeile %1: die neuere Zeile %1 wird übernommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="49"/>
        <source>same e-mail address as row %1: the newer answer in row %1 is imported</source>
        <translation>gleiche E-Mail-Adresse wie Zeile %1: die neuere Antwort in Zeile %1 wird übernommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="51"/>
        <source>the same person as row %1 (every detail the same): row %1 is imported</source>
        <translation>dieselbe Person wie in Zeile %1 (alle Angaben gleich): Zeile %1 wird übernommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="53"/>
        <source>possible namesake (rows %1 and %2): both imported</source>
        <translation>möglicherweise Namensvettern (Zeilen %1 und %2): beide übernommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="55"/>
        <source>a guest of the same name is already in the event (no. %1): imported as another person</source>
        <translation>ein Gast mit gleichem Namen ist schon in der Veranstaltung (Nr. %1): als weitere Person übernommen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="58"/>
        <source>%1: the correction made at the venue (%2) stays; the list says %3</source>
        <translation>%1: die Korrektur vor Ort (%2) bleibt; die Liste sagt %3</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="60"/>
        <source>The list has no column for the family name: every family name stays empty. Choose the column on the Columns tab.</source>
        <translation>Die Liste hat keine Spalte für den Nachnamen: alle Nachnamen bleiben leer. Wählen Sie die Spalte im Reiter Spalten.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="63"/>
        <source>The list has no column for the first name: every first name stays empty. Choose the column on the Columns tab.</source>
        <translation>Die Liste hat keine Spalte für den Vornamen: alle Vornamen bleiben leer. Wählen Sie die Spalte im Reiter Spalten.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="66"/>
        <source>%1 people share name and organisation with someone else on the list; their e-mail or registration number differs, so all are imported.</source>
        <translation>%1 Personen haben Namen und Organisation mit jemand anderem auf der Liste gemeinsam; ihre E-Mail-Adresse oder Anmeldenummer unterscheidet sich, daher werden alle übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="69"/>
        <source>%1 new people share name and organisation with a guest already in the event; their e-mail or registration number differs, so all are imported.</source>
        <translation>%1 neue Personen haben Namen und Organisation mit einem Gast gemeinsam, der schon in der Veranstaltung ist; ihre E-Mail-Adresse oder Anmeldenummer unterscheidet sich, daher werden alle übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="72"/>
        <source>no room name</source>
        <translation>kein Raumname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="73"/>
        <source>the same room as row %1</source>
        <translation>derselbe Raum wie in Zeile %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="75"/>
        <source>room %1 was not known yet; it has been added</source>
        <translation>Raum %1 war noch nicht bekannt; er wurde angelegt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="76"/>
        <source>no start time</source>
        <translation>keine Anfangszeit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="77"/>
        <source>no end time</source>
        <translation>keine Endzeit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="78"/>
        <source>%1 is not a date</source>
        <translation>%1 ist kein Datum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="79"/>
        <source>%1 is not a time</source>
        <translation>%1 ist keine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="80"/>
        <source>%1 has no date</source>
        <translation>%1 hat kein Datum</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="81"/>
        <source>ends before it starts</source>
        <translation>endet, bevor es beginnt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="82"/>
        <source>no title</source>
        <translation>kein Titel</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="83"/>
        <source>no guest matches %1</source>
        <translation>kein Gast passt zu %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="84"/>
        <source>no person given</source>
        <translation>keine Person angegeben</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="86"/>
        <source>no session (or more than one) matches %1</source>
        <translation>kein Programmpunkt (oder mehr als einer) passt zu %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="87"/>
        <source>no session given</source>
        <translation>kein Programmpunkt angegeben</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="88"/>
        <source>no table number</source>
        <translation>keine Tischnummer</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="90"/>
        <source>a meeting needs two different participants</source>
        <translation>ein Treffen braucht zwei verschiedene Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="92"/>
        <source>a participant has another meeting at this time (row %1)</source>
        <translation>jemand hat zu dieser Zeit schon ein anderes Treffen (Zeile %1)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="94"/>
        <source>the saved mapping cannot be read</source>
        <translation>die gespeicherte Zuordnung lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="96"/>
        <source>this file is not a saved mapping</source>
        <translation>diese Datei ist keine gespeicherte Zuordnung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="98"/>
        <source>the saved mapping uses %1, which this list cannot take (column %2)</source>
        <translation>die gespeicherte Zuordnung verwendet %1, das passt nicht zu dieser Liste (Spalte %2)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="99"/>
        <source>the workbook has no sheet %1</source>
        <translation>die Arbeitsmappe hat kein Blatt %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="101"/>
        <source>the sheet %1 cannot be read (damaged)</source>
        <translation>das Blatt %1 lässt sich nicht lesen (beschädigt)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="103"/>
        <source>the file&apos;s text is damaged</source>
        <translation>der Text der Datei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="105"/>
        <source>the file cannot be read in the encoding %1</source>
        <translation>die Datei lässt sich in der Kodierung %1 nicht lesen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="107"/>
        <source>the file is not a readable table</source>
        <translation>die Datei ist keine lesbare Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="108"/>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="110"/>
        <source>the file is too large for an attendee list (%1 MB)</source>
        <translation>die Datei ist zu groß für eine Teilnehmerliste (%1 MB)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="111"/>
        <source>the file does not exist (any more)</source>
        <translation>die Datei gibt es nicht (mehr)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="112"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="114"/>
        <source>this is not a table; please save the list as CSV or Excel</source>
        <translation>das ist keine Tabelle; bitte die Liste als CSV oder Excel speichern</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="116"/>
        <source>this is a PDF, not a table; please save the list as CSV or Excel</source>
        <translation>das ist ein PDF, keine Tabelle; bitte die Liste als CSV oder Excel speichern</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="117"/>
        <source>the file holds no table (every sheet is empty)</source>
        <translation>die Datei enthält keine Tabelle (alle Blätter sind leer)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/messages.py" line="119"/>
        <location filename="../../src/checkin/ui/importer/messages.py" line="121"/>
        <source>the workbook is damaged or not really a workbook</source>
        <translation>die Arbeitsmappe ist beschädigt oder keine Arbeitsmappe</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="102"/>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="104"/>
        <source>No file chosen. CSV, TXT, XLSX and ODS lists are read as they are.</source>
        <translation>Keine Datei gewählt. CSV-, TXT-, XLSX- und ODS-Listen werden so gelesen, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="106"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="106"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="106"/>
        <source>Sessions</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="107"/>
        <source>Session assignments</source>
        <translation>Zuordnungen zu Programmpunkten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="107"/>
        <source>Matchmaking meetings</source>
        <translation>Matchmaking-Termine</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="113"/>
        <source>The list holds:</source>
        <translation>Die Liste enthält:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="117"/>
        <source>Encoding is ambiguous – which reads the names right?</source>
        <translation>Zeichensatz nicht eindeutig – bei welchem stimmen die Namen?</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="121"/>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="140"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="140"/>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="141"/>
        <location filename="../../src/checkin/ui/importer/view.py" line="161"/>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="148"/>
        <source>Load saved mapping…</source>
        <translation>Gespeicherte Zuordnung laden …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="149"/>
        <source>Save mapping…</source>
        <translation>Zuordnung speichern …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="160"/>
        <source>Category in the list</source>
        <translation>Kategorie in der Liste</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="160"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="164"/>
        <source>1  Table as read</source>
        <translation>1  Gelesene Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="165"/>
        <source>2  Columns</source>
        <translation>2  Spalten</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="166"/>
        <source>3  Preview</source>
        <translation>3  Vorschau</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="167"/>
        <location filename="../../src/checkin/ui/importer/view.py" line="356"/>
        <source>4  Categories</source>
        <translation>4  Kategorien</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="175"/>
        <source>Mark people who are missing from this list as cancelled</source>
        <translation>Personen, die in dieser Liste fehlen, als storniert markieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="176"/>
        <source>Check-ins are never touched. Unticked, they are kept as they are.</source>
        <translation>Check-ins bleiben immer erhalten. Ohne Haken bleiben fehlende Personen unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="177"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="184"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="207"/>
        <source>Choose a list to import</source>
        <translation>Liste zum Importieren wählen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="250"/>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="255"/>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="266"/>
        <source>separated by %1</source>
        <translation>getrennt durch %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="269"/>
        <source>sheet %1</source>
        <translation>Blatt %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="270"/>
        <source>header in row %1</source>
        <translation>Kopfzeile in Zeile %1</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="271"/>
        <source>no header row: columns recognised by their content</source>
        <translation>keine Kopfzeile: Spalten an ihrem Inhalt erkannt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="272"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="283"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="284"/>
        <source>No column is imported as %1 yet: choose it on the Columns tab.</source>
        <translation>Noch keine Spalte wird als %1 importiert: bitte im Reiter Spalten wählen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="302"/>
        <source>(detect)</source>
        <translation>(automatisch)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="311"/>
        <location filename="../../src/checkin/ui/importer/view.py" line="331"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="312"/>
        <source>detected header row</source>
        <translation>erkannte Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="331"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="331"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="332"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="332"/>
        <source>update</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="332"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="333"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="348"/>
        <source>keep as written</source>
        <translation>so übernehmen, wie geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="355"/>
        <source>4  Categories (%1 new)</source>
        <translation>4  Kategorien (%1 neu)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="366"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation>Importiert: %1 neu, %2 geändert, %3 unverändert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="367"/>
        <source>Ready: %1 new, %2 updated, %3 unchanged</source>
        <translation>Bereit: %1 neu, %2 geändert, %3 unverändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/importer/view.py" line="372"/>
        <source>%n row(s) skipped (red)</source>
        <translation>
            <numerusform>%n Zeile übersprungen (rot)</numerusform>
            <numerusform>%n Zeilen übersprungen (rot)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/importer/view.py" line="374"/>
        <source>%n warning(s) (yellow)</source>
        <translation>
            <numerusform>%n Warnung (gelb)</numerusform>
            <numerusform>%n Warnungen (gelb)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/importer/view.py" line="376"/>
        <source>%n field(s) keep the venue&apos;s correction</source>
        <translation>
            <numerusform>%n Feld behält die Korrektur vor Ort</numerusform>
            <numerusform>%n Felder behalten die Korrektur vor Ort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/checkin/ui/importer/view.py" line="378"/>
        <source>%n marked cancelled</source>
        <translation>
            <numerusform>%n als storniert markiert</numerusform>
            <numerusform>%n als storniert markiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="394"/>
        <source>Load a saved mapping</source>
        <translation>Gespeicherte Zuordnung laden</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="404"/>
        <source>Save the mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="461"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/importer/view.py" line="463"/>
        <source>Import failed; nothing was written: %1</source>
        <translation>Import fehlgeschlagen; es wurde nichts geschrieben: %1</translation>
    </message>
</context>
</TS>
