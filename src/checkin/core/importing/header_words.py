"""Column names of attendee lists in the languages of the guests and in the exports of registration systems.

Written as the lists write them; ``headers.norm`` folds case, accents and punctuation before comparing. Order
matters within a field only where two columns of one list could both match (the first wins).

Sources: the export columns of Google Forms ("Timestamp", "Email address"), Microsoft Forms ("ID", "Start time",
"Completion time", "Email", "Name"), pretix (order and attendee lists: "Order code", "Position ID", "Attendee name",
"Given name", "Family name", "Company", "Product", "Secret"), Eventbrite attendee report ("Order #", "Attendee #",
"First Name", "Last Name", "Email", "Ticket Type", "Job Title", "Company", "Work Phone", "Barcode #"), Indico
registrations ("ID", "Title", "First Name", "Last Name", "Email", "Affiliation", "Position", "Phone", "Country",
"Registration date", "Registration state") and cvent ("Confirmation Number", "Email Address", "Company Name",
"Registration Type", "Registration Status", "Mobile Phone"), and the forms offices across Europe send.
"""

from __future__ import annotations

FIRST_NAME = (
    "Vorname", "First name", "Given name", "Given names", "Forename", "Attendee first name", "Name: Given name",
    "Attendee name: Given name", "Prénom", "Nombre de pila", "Primeiro nome", "Voornaam",
    "Roepnaam", "Křestní jméno", "Krstné meno", "Keresztnév", "Utónév", "Prenume", "Prenumele",
    "Ad", "Adı", "Fornavn", "Förnamn", "Tilltalsnamn", "Etunimi", "Eesnimi", "Fornafn", "Vorname(n)",
    "Vornamen", "Given name(s)", "First names",
)
LAST_NAME = (
    "Nachname", "Last name", "Surname", "Family name", "Familienname", "Zuname", "Attendee last name",
    "Name: Family name", "Attendee name: Family name", "Nom de famille", "Nom d'usage", "Cognome", "Apellidos",
    "Apellido", "Primer apellido", "Apelido", "Apelidos", "Sobrenome", "Achternaam", "Familienaam", "Nazwisko",
    "Příjmení", "Priezvisko", "Vezetéknév", "Családnév", "Numele de familie", "Nume de familie", "Prezime",
    "Priimek", "Επώνυμο", "Soyad", "Soyadı", "Efternavn", "Etternavn", "Efternamn", "Sukunimi", "Perekonnanimi",
    "Perenimi", "Uzvārds", "Pavardė", "Eftirnafn", "Föðurnafn",
)
# A column that holds the whole name. "Name" and its translations are in AMBIGUOUS_NAME instead.
FULL_NAME = (
    "Full name", "Vollständiger Name", "Vor- und Nachname", "Vorname und Nachname", "Vorname Nachname",
    "Name, Vorname", "Nachname, Vorname", "Vorname/Nachname", "Teilnehmer", "Teilnehmername", "Name Teilnehmer",
    "Name des Teilnehmers", "Teilnehmer/in", "Attendee name", "Name of attendee", "Participant", "Participant name",
    "Person", "Nom complet", "Nom et prénom", "Prénom et nom", "Prénom Nom", "Nom Prénom", "Nom du participant",
    "Nome completo", "Nome e cognome", "Cognome e nome", "Nominativo", "Nombre completo", "Nombre y apellidos",
    "Nombre y apellido", "Apellidos y nombre", "Volledige naam", "Voor- en achternaam", "Naam deelnemer",
    "Imię i nazwisko", "Nazwisko i imię", "Jméno a příjmení", "Celé jméno", "Meno a priezvisko", "Celé meno",
    "Teljes név", "Nume complet", "Nume și prenume", "Numele și prenumele", "Ime i prezime", "Puno ime",
    "Ime in priimek", "Ονοματεπώνυμο", "Ad soyad", "Adı soyadı", "Ad ve soyad", "İsim soyisim", "Fulde navn",
    "Fullt navn", "Fullständigt namn", "För- och efternamn", "Koko nimi", "Täisnimi", "Ees- ja perekonnanimi",
    "Vārds, uzvārds", "Vārds uzvārds", "Vardas, pavardė", "Vardas pavardė", "Fullt nafn",
)
# "Name" in many languages: on its own the whole name; next to a family-name column the first name (Italian
# "Nome", Spanish "Nombre", Czech "Jméno"); next to a first-name column the family name (French "Nom",
# Romanian "Nume", German "Name" beside "Vorname").
AMBIGUOUS_NAME = (
    "Name", "Nom", "Nome", "Nombre", "Naam", "Imię", "Jméno", "Meno", "Név", "Nume", "Ime", "Isim", "İsim", "Navn",
    "Namn", "Nimi", "Vārds", "Vardas", "Nafn", "Όνομα", "Ονομα",
)
# The Dutch "tussenvoegsel" ("van der") is part of the family name: "van der" + "Berg".
PARTICLE = ("Tussenvoegsel", "Tussenvoegsels", "Voorvoegsel", "Voorvoegsels", "Namenszusatz", "Name prefix",
            "Particle", "Name particle")
# The Spanish and Portuguese second family name joins the first: "García" + "López".
SECOND_LAST = ("Segundo apellido", "Apellido materno", "Segundo sobrenome", "Second surname", "Zweiter Nachname")

ORGANISATION = (
    "Firma", "Institution", "Organisation", "Organization", "Company", "Affiliation", "Unternehmen", "Einrichtung",
    "Arbeitgeber", "Behörde", "Organisationname", "Company name", "Organisationsname", "Employer", "Institut",
    "Firma/Institution", "Institution/Firma", "Organisation/Firma", "Firma/Organisation", "Dienststelle",
    "Institution/Organisation", "Organisation/Institution", "Hochschule/Institution", "Arbeitgeber/Institution",
    "Société", "Entreprise", "Organisme", "Établissement", "Structure", "Ente", "Azienda", "Società",
    "Organizzazione", "Istituzione", "Istituto", "Ente di appartenenza", "Organización", "Empresa", "Entidad",
    "Institución", "Organização", "Instituição", "Entidade", "Organisatie", "Bedrijf", "Instelling",
    "Instytucja", "Organizacja", "Nazwa firmy", "Nazwa instytucji", "Organizace", "Společnost", "Instituce",
    "Organizácia", "Spoločnosť", "Inštitúcia", "Szervezet", "Cég", "Intézmény", "Vállalat", "Munkahely",
    "Organizație", "Organizatie", "Companie", "Instituție", "Institutie", "Firmă", "Organizacija", "Tvrtka",
    "Ustanova", "Institucija", "Poduzeće", "Podjetje", "Οργανισμός", "Φορέας", "Εταιρεία", "Ίδρυμα", "Kurum",
    "Kuruluş", "Şirket", "Kurum/Kuruluş", "Virksomhed", "Organisasjon", "Virksomhet", "Bedrift", "Arbeidsgiver",
    "Företag", "Arbetsgivare", "Organisaatio", "Yritys", "Yhteisö", "Laitos", "Työnantaja", "Organisatsioon",
    "Asutus", "Ettevõte", "Organizācija", "Uzņēmums", "Iestāde", "Įmonė", "Įstaiga", "Stofnun", "Fyrirtæki",
    "Vinnustaður",
)
EMAIL = (
    "E-Mail", "E-Mail-Adresse", "Email address", "Mail", "Mailadresse", "Attendee email", "Email (attendee)",
    "Courriel", "Adresse électronique", "Adresse e-mail", "Adresse mail", "Mél", "Posta elettronica",
    "Indirizzo email", "Indirizzo e-mail", "Correo electrónico", "Correo", "Dirección de correo electrónico",
    "Correio eletrónico", "Correio eletrônico", "Endereço de e-mail", "E-mailadres", "Adres e-mail",
    "Adres email", "Poczta elektroniczna", "E-mailová adresa", "E-mail cím", "Email cím", "Adresă de e-mail",
    "Adresa de email", "E-pošta", "Elektronska pošta", "Adresa e-pošte", "Ηλεκτρονικό ταχυδρομείο",
    "Διεύθυνση email", "E-posta", "E-posta adresi", "E-postadresse", "E-post", "E-postadress", "Sähköposti",
    "Sähköpostiosoite", "E-posti aadress", "E-pasts", "E-pasta adrese", "El. paštas", "Elektroninis paštas",
    "Netfang",
)
PHONE = (
    "Telefon", "Phone", "Tel", "Telephone", "Mobile", "Handy", "Phone number", "Telefonnummer", "Mobil",
    "Mobilnummer", "Mobile phone", "Work phone", "Cell phone", "Téléphone", "Portable", "Numéro de téléphone",
    "Telefono", "Cellulare", "Teléfono", "Móvil", "Telefone", "Telemóvel", "Celular", "Telefoon",
    "Telefoonnummer", "Mobiel", "Numer telefonu", "Telefonní číslo", "Telefónne číslo", "Telefonszám",
    "Număr de telefon", "Mobitel", "Broj telefona", "Telefonska številka", "Τηλέφωνο", "Κινητό", "Cep telefonu",
    "Telefon numarası", "Telefonnummer", "Puhelin", "Puhelinnumero", "Telefoni", "Tālrunis", "Telefons",
    "Telefonas", "Sími", "Símanúmer", "GSM",
)
COUNTRY = (
    "Land", "Country", "Staat", "Herkunftsland", "Country code", "Ländercode", "Nationality", "Nationalität",
    "Pays", "Paese", "Nazione", "País", "Nationaliteit", "Kraj", "Země", "Krajina", "Ország", "Țară", "Tara",
    "Država", "Zemlja", "Χώρα", "Ülke", "Maa", "Riik", "Valsts", "Šalis", "Valstybė",
)
POSITION = (
    "Funktion", "Position", "Job title", "Job", "Role", "Rolle", "Tätigkeit", "Berufsbezeichnung",
    "Position/Funktion", "Beruf", "Fonction", "Poste", "Funzione", "Ruolo", "Qualifica", "Cargo", "Puesto",
    "Função", "Functie", "Stanowisko", "Funkcja", "Pozice", "Funkce", "Pozícia", "Funkcia", "Beosztás",
    "Munkakör", "Funcție", "Functie", "Funkcija", "Radno mjesto", "Delovno mesto", "Θέση", "Ιδιότητα", "Görev",
    "Pozisyon", "Stilling", "Befattning", "Roll", "Asema", "Tehtävä", "Amet", "Ametikoht", "Amats",
    "Pareigos", "Starfsheiti", "Staða",
)
SALUTATION = ("Anrede", "Salutation", "Mr/Ms", "Form of address", "Greeting", "Civilité", "Appellativo",
              "Tratamiento", "Aanhef", "Zwrot grzecznościowy", "Oslovení", "Oslovenie", "Megszólítás", "Hitap",
              "Tiltale", "Titulatur")
TITLE = ("Titel", "Title", "Akademischer Titel", "Academic title", "Akademischer Grad", "Grad", "Degree",
         "Titre", "Titolo", "Título", "Tytuł", "Titul", "Tituly", "Titulus", "Titlu", "Titula", "Naziv",
         "Τίτλος", "Unvan", "Ünvan", "Tittel", "Titteli")
EXTERNAL_ID = (
    "ID", "External ID", "Externe ID", "Registration ID", "Registrierungs-ID", "Anmelde-ID", "Anmeldenummer",
    "Registration number", "Reg-No", "Reg.-Nr.", "Teilnehmer-ID", "Teilnehmernummer", "Attendee ID", "Attendee #",
    "Attendee", "Attendee number", "Participant ID", "Position ID", "Confirmation number", "Confirmation #",
    "Order code", "Order", "Order number", "Order no", "Order #", "Bestellnummer", "Bestellung", "Buchungsnummer",
    "Anmelde-Nr.", "Anmeldungs-Nr.", "Anmeldungsnummer", "Registrierungs-Nr.", "Registrierungsnummer",
    "Teilnehmer-Nr.", "Bestell-Nr.", "Buchungs-Nr.", "Numéro d'inscription", "N° d'inscription",
    "Numero di registrazione", "Número de inscripción", "Número de registo", "Inschrijfnummer",
    "Numer rejestracji", "Registrační číslo", "Kennitala",
)
CATEGORY = ("Kategorie", "Teilnehmergruppe", "Ticket type", "Product", "Produkt", "Ticket", "Ticketart",
            "Category", "Teilnehmerkategorie", "Gruppe", "Group", "Tickettyp", "Participant type", "Teilnehmertyp",
            "Registration type", "Attendee type", "Catégorie", "Categoria", "Categoría", "Categorie", "Kategoria",
            "Kategória", "Kategorija", "Κατηγορία", "Kategori", "Luokka", "Kategooria", "Kategorija", "Flokkur",
            "Type de billet", "Tipo di biglietto", "Tipo de entrada", "Tickettype")
STATUS = ("Status", "Registration state", "Anmeldestatus", "Registration status", "Order status",
          "Bestellstatus", "Attendee status", "Statut", "Stato", "Estado", "Stav", "Állapot", "Durum", "Tila",
          "Olek", "Statuss", "Būsena", "Staða skráningar")
NOTE = ("Bemerkung", "Bemerkungen", "Comment", "Comments", "Kommentar", "Notes", "Note", "Hinweis", "Anmerkung",
        "Anmerkungen", "Remarks", "Notiz", "Remarques", "Commentaire", "Note", "Osservazioni", "Observaciones",
        "Comentarios", "Observações", "Opmerkingen", "Uwagi", "Poznámka", "Poznámky", "Megjegyzés", "Observații",
        "Napomena", "Opomba", "Σχόλια", "Not", "Açıklama", "Bemærkninger", "Merknad", "Anmärkning", "Huomautus",
        "Märkus", "Piezīmes", "Pastabos", "Athugasemd")
LANGUAGE = ("Sprache", "Language", "Lang", "Korrespondenzsprache", "Preferred language", "Langue", "Lingua",
            "Idioma", "Língua", "Taal", "Język", "Jazyk", "Nyelv", "Limba", "Jezik", "Γλώσσα", "Dil", "Sprog",
            "Språk", "Kieli", "Keel", "Valoda", "Kalba", "Tungumál")
CODE = ("Secret", "Ticket secret", "Barcode", "Ticket code", "QR code", "Code", "Ticket barcode", "Einlasscode",
        "Barcode number", "Barcode #", "Ticket-Code")
