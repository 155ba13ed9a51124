<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="19" />
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="20" />
        <source>Hold the QR code of your invitation under the scanner.</source>
        <translation>Halten Sie den QR-Code Ihrer Einladung unter den Scanner.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="21" />
        <source>No invitation with you? Find me by name</source>
        <translation>Keine Einladung dabei? Mit meinem Namen suchen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="22" />
        <source>Find me by name</source>
        <translation>Mit meinem Namen suchen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="23" />
        <source>Your first and last name</source>
        <translation>Ihr Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="24" />
        <source>The first %1 letters of your e-mail address</source>
        <translation>Die ersten %1 Buchstaben Ihrer E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="25" />
        <source>Find me</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="26" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="27" />
        <source>We could not find you with these details. Please check them and try again.</source>
        <translation>Mit diesen Angaben konnten wir Sie nicht finden. Bitte prüfen Sie sie und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="28" />
        <source>Is this your badge?</source>
        <translation>Ist das Ihr Namensschild?</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="29" />
        <source>You may change what is shown below; it prints exactly like this.</source>
        <translation>Folgendes dürfen Sie ändern; gedruckt wird genau so.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="30" />
        <source>Update preview</source>
        <translation>Vorschau aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="31" />
        <source>Yes, print my badge</source>
        <translation>Ja, Namensschild drucken</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="32" />
        <source>That is not me</source>
        <translation>Das bin ich nicht</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="33" />
        <source>Your badge is being printed …</source>
        <translation>Ihr Namensschild wird gedruckt …</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="34" />
        <source>Please take your badge.</source>
        <translation>Bitte nehmen Sie Ihr Namensschild.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="35" />
        <source>You are checked in. Enjoy the conference!</source>
        <translation>Sie sind angemeldet. Viel Freude bei der Konferenz!</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="36" />
        <source>Please go to the desk.</source>
        <translation>Bitte gehen Sie zum Empfang.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="37" />
        <source>Our team will be glad to help you there.</source>
        <translation>Unser Team hilft Ihnen dort gerne weiter.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="38" />
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="39" />
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="40" />
        <source>Leave kiosk mode</source>
        <translation>Kiosk-Modus verlassen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="41" />
        <source>Desk or organiser PIN:</source>
        <translation>PIN des Empfangs oder der Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="42" />
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="43" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="44" />
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="45" />
        <source>Wrong PIN. Try again in %1 s.</source>
        <translation>Falsche PIN. Neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="46" />
        <source>First name as printed</source>
        <translation>Vorname wie gedruckt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="47" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="48" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="49" />
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="50" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="51" />
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="52" />
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/texts.py" line="53" />
        <source>Photos of me are fine (yes/no)</source>
        <translation>Fotos von mir sind in Ordnung (ja/nein)</translation>
    </message>
</context>
<context>
    <name>KioskLaunch</name>
    <message>
        <location filename="../../src/checkin/ui/kiosk/launch.py" line="56" />
        <source>Kiosk mode</source>
        <translation>Kiosk-Modus</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/launch.py" line="58" />
        <source>A kiosk checks guests in: it needs a desk copy or the organiser's file.</source>
        <translation>Ein Kiosk meldet Gäste an: Er braucht eine Empfangskopie oder die Datei der Organisation.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/launch.py" line="62" />
        <source>Set a desk or organiser PIN first (Settings): without one, anyone could leave the kiosk.</source>
        <translation>Legen Sie zuerst eine Empfangs- oder Organisations-PIN fest (Einstellungen): Ohne sie könnte jede Person den Kiosk verlassen.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/launch.py" line="65" />
        <source>Desk or organiser PIN:</source>
        <translation>PIN des Empfangs oder der Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/launch.py" line="70" />
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/launch.py" line="82" />
        <source>&amp;Kiosk mode…</source>
        <translation>&amp;Kiosk-Modus …</translation>
    </message>
</context>
<context>
    <name>KioskNotice</name>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="10" />
        <source>VIP: please greet in person</source>
        <translation>VIP: bitte persönlich begrüßen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="11" />
        <source>registration cancelled</source>
        <translation>Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="12" />
        <source>invitation code replaced (old code)</source>
        <translation>Einladungscode ersetzt (alter Code)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="13" />
        <source>invitation of another event</source>
        <translation>Einladung einer anderen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="14" />
        <source>code not recognised</source>
        <translation>Code nicht erkannt</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="15" />
        <source>not on the list</source>
        <translation>nicht auf der Liste</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="16" />
        <source>already checked in today</source>
        <translation>heute schon angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="17" />
        <source>not registered for this entrance or day</source>
        <translation>für diesen Eingang oder Tag nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="19" />
        <source>could not confirm who they are by name</source>
        <translation>konnte sich mit dem Namen nicht bestätigen</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="20" />
        <source>checked in, but the kiosk printer failed: print the badge here</source>
        <translation>angemeldet, aber der Kiosk-Drucker ist ausgefallen: Namensschild hier drucken</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="28" />
        <source>a guest (name unknown)</source>
        <translation>ein Gast (Name unbekannt)</translation>
    </message>
    <message>
        <location filename="../../src/checkin/ui/kiosk/words.py" line="29" />
        <source>Kiosk %3 sent %1 to the desk at %4: %2.</source>
        <translation>Kiosk %3 hat %1 um %4 zum Empfang geschickt: %2.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../src/checkin/ui/kiosk/launch.py" line="77" />
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
</context>
</TS>