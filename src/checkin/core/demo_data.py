"""Name and organisation material for the demo event: real-world spellings, never transliterated."""

from __future__ import annotations

# country -> (first names, last names, language)
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "DE": (("Jürgen", "Anneliese", "Björn", "Käthe", "Matthias", "Sophie", "Günter", "Maximilian", "Jörg", "Ulrike"),
           ("Müller", "Schäfer", "Großmann", "Weiß", "Schütte", "Krämer", "Böhm", "Hoffmann", "Fuß", "Meißner"), "de"),
    "AT": (("Theresia", "Florian", "Veronika", "Lukas"), ("Hofstätter", "Pichler", "Gruber", "Wöhrer"), "de"),
    "CH": (("Reto", "Annina", "Urs", "Seraina"), ("Brändli", "Zürcher", "Nüesch", "Caduff"), "de"),
    "TR": (("Şükrü", "Ayşe", "Gökhan", "Işıl", "Çağlar", "Özlem"), ("Çelik", "Yılmaz", "Öztürk", "Işık", "Şahin", "Doğan"), "en"),
    "PL": (("Łukasz", "Małgorzata", "Grzegorz", "Zofia", "Paweł", "Agnieszka"),
           ("Brzęczyszczykiewicz", "Wiśniewski", "Kowalczyk", "Łączyńska", "Żółkiewski", "Dąbrowska"), "en"),
    "CZ": (("Žaneta", "Jiří", "Kateřina", "Tomáš", "Radek"), ("Šťastná", "Dvořák", "Novotná", "Růžička", "Černý"), "en"),
    "SK": (("Ľubica", "Ján", "Mária"), ("Ďurovčík", "Hrušovský", "Kováčová"), "en"),
    "GR": (("Ορέστης", "Ελένη", "Δημήτρης", "Αικατερίνη", "Νίκος"),
           ("Παπαδόπουλος", "Κωνσταντίνου", "Γεωργίου", "Οικονόμου", "Αλεξίου"), "en"),
    "NO": (("Øystein", "Åse", "Sigrún", "Håkon"), ("Ødegård", "Bjørnstad", "Kierkegaard-Østergaard", "Sæther"), "en"),
    "DK": (("Søren", "Mette", "Jørgen"), ("Kierkegaard", "Mørch", "Therkildsen"), "en"),
    "SE": (("Åsa", "Björn", "Märta"), ("Lindqvist", "Söderström", "Åkesson"), "en"),
    "FI": (("Päivi", "Jyrki", "Sanna"), ("Mäkinen", "Häkkinen", "Järvinen"), "en"),
    "IS": (("Þórunn", "Guðmundur", "Sigríður"), ("Þórðardóttir", "Guðmundsson", "Ólafsdóttir"), "en"),
    "LT": (("Žygimantas", "Rūta", "Vytautas"), ("Žukauskas", "Kazlauskienė", "Petrauskas"), "en"),
    "LV": (("Jānis", "Līga", "Kārlis"), ("Bērziņš", "Kalniņa", "Ozoliņš"), "en"),
    "EE": (("Tõnu", "Külli", "Märt"), ("Tamm", "Õunapuu", "Sepp"), "en"),
    "HR": (("Đorđe", "Ivana", "Krešimir"), ("Đurić", "Horvat", "Kovačević"), "en"),
    "RS": (("Đorđe", "Milica", "Nikola"), ("Jovanović", "Petrović", "Đokić"), "en"),
    "SI": (("Matej", "Špela", "Urška"), ("Žagar", "Kranjc", "Potočnik"), "en"),
    "HU": (("Zoltán", "Erzsébet", "Gábor"), ("Szőke", "Kovács", "Tőkés"), "en"),
    "RO": (("Ștefan", "Ioana", "Răzvan"), ("Popescu", "Țurcanu", "Dumitrescu"), "en"),
    "BG": (("Стефан", "Мария", "Георги"), ("Иванов", "Петрова", "Димитров"), "en"),
    "UA": (("Олександр", "Оксана", "Андрій"), ("Шевченко", "Коваленко", "Бондаренко"), "en"),
    "FR": (("Axelle", "François", "Hélène", "Loïc", "Maëlle", "Jérôme"),
           ("Lemaire", "Lefèvre", "Dubois", "Bérenger", "Garçon", "Chevènement"), "en"),
    "NL": (("Pieter", "Femke", "Joost"), ("van der Berg", "de Vries", "van Dijk"), "en"),
    "BE": (("Liesbeth", "Thibault", "Wouter"), ("Van den Bossche", "Dupont", "Peeters"), "en"),
    "ES": (("José", "María", "Íñigo", "Begoña"), ("Núñez", "García", "Muñoz", "Ibáñez"), "en"),
    "PT": (("João", "Inês", "Gonçalo"), ("Gonçalves", "Simões", "Conceição"), "en"),
    "IT": (("Niccolò", "Chiara", "Gianluca"), ("Rossi", "Crisà", "De Luca"), "en"),
    "IE": (("Siobhán", "Seán", "Aoife"), ("Ó Briain", "O'Connor", "Mac Giolla Phádraig"), "en"),
    "GB": (("Eleanor", "James", "Priya"), ("Whitfield", "Patel", "Ashworth-Jones"), "en"),
}

# Weight: most guests come from Germany, as at the seeds' conferences.
COUNTRY_WEIGHTS = {code: (12 if code == "DE" else 2 if code in ("AT", "FR", "PL", "CZ", "TR") else 1) for code in PEOPLE}

ORG_PATTERNS: dict[str, tuple[str, ...]] = {
    "research": ("Fraunhofer-Institut für {topic}", "Universität {city}", "Leibniz-Institut für {topic}",
                 "{city} Institute of Technology", "Max-Planck-Institut für {topic}"),
    "sme": ("{city} {topic} GmbH", "{topic} Solutions {city} s.r.o.", "{city} Labs Sp. z o.o.", "{topic}werk {city} GmbH & Co. KG"),
    "large_company": ("{topic} AG", "Siemens {topic}", "{city} Energy SE", "Continental {topic} GmbH"),
    "public_body": ("Ministerium für Wirtschaft, Arbeit und Wohnungsbau Baden-Württemberg",
                    "Bundesministerium für Bildung und Forschung", "Bundesministerium für Wirtschaft und Energie",
                    "Wirtschaftsförderung {city}", "Agentur für Innovation {city}", "Senatsverwaltung für Wirtschaft {city}"),
    "association": ("Cluster {topic} {city} e.V.", "{topic}-Netzwerk {city}", "Verband {topic} e.V.",
                    "pôle de compétitivité {topic}", "{city} {topic} Cluster"),
}
ORG_TYPE_WEIGHTS = {"sme": 5, "research": 4, "association": 3, "large_company": 2, "public_body": 2}
TOPICS = ("Photonik", "Mikroelektronik", "Medizintechnik", "Logistik", "Biotechnologie", "Leichtbau", "Energiespeicher",
          "Mobilität", "Künstliche Intelligenz", "Optik", "Wasserstoff", "Kunststofftechnik", "Luftfahrt", "Smart Textiles")
CITIES = ("Berlin", "München", "Dresden", "Jena", "Köln", "Düsseldorf", "Göttingen", "Wrocław", "Brno", "Lyon",
          "Tallinn", "Kraków", "Graz", "Linköping", "Århus", "Eindhoven", "Thessaloniki", "İzmir", "Zürich", "Lübeck")
POSITIONS = ("Geschäftsführerin", "Geschäftsführer", "Clustermanager", "Referatsleiterin", "Head of Innovation",
             "Projektleiter", "Professor", "Research Fellow", "CEO", "Abteilungsleiter", "Policy Officer")
TITLES = ("", "", "", "", "Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing.")

ROOMS = (
    # name, building, floor, capacity, directions
    ("Plenarsaal / Plenary Hall", "Haus A", "EG", 600, "Haupteingang geradeaus / straight ahead from the main entrance"),
    ("Forum 1: Saal Berlin", "Haus A", "1. OG", 120, "Treppe links, 1. Stock / stairs on the left, 1st floor"),
    ("Forum 2: Saal Spree", "Haus A", "1. OG", 80, "Treppe links, 1. Stock, Ende des Gangs / end of corridor"),
    ("Forum 3: Saal Havel", "Haus B", "EG", 150, "Durch das Foyer nach Haus B / through the foyer to building B"),
    ("Matchmaking-Bereich / Matchmaking Area", "Haus B", "1. OG", 130, "Tische 1-60 / tables 1-60"),
    ("Ausstellung / Exhibition", "Haus A", "Foyer", 400, "Foyer rund um den Plenarsaal / foyer around the plenary hall"),
    ("Workshopraum 1", "Haus B", "2. OG", 30, "Aufzug 2. Stock / lift to 2nd floor"),
    ("Workshopraum 2", "Haus B", "2. OG", 30, "Aufzug 2. Stock / lift to 2nd floor"),
    ("Pressezentrum / Press Centre", "Haus A", "EG", 25, "Neben der Garderobe / next to the cloakroom"),
    ("Dachterrasse / Roof Terrace", "Haus A", "4. OG", 300, "Aufzug 4. Stock / lift to 4th floor"),
    ("VIP-Lounge", "Haus A", "1. OG", 20, "Nur mit Begleitung / escorted only"),
    ("Garderobe / Cloakroom", "Haus A", "EG", None, "Rechts vom Eingang / right of the entrance"),
)

FORUM_TOPICS = (
    ("Cluster als Innovationsmotoren", "Clusters as engines of innovation"),
    ("KMU in internationalen Wertschöpfungsketten", "SMEs in international value chains"),
    ("Hochschulen und Transfer", "Universities and transfer"),
    ("Deutsch-französische Clusterkooperationen", "Franco-German cluster cooperation"),
    ("Digitalisierung in der Industrie", "Digitalisation in industry"),
    ("Fachkräfte für die Zukunft", "Skilled workers for the future"),
)

ATTENTION_NOTES = (
    "Staatssekretärin: Protokoll informieren / State Secretary: inform protocol",
    "Rollstuhl: Aufzug zeigen / wheelchair: show the lift",
    "Redner: zum Backstage begleiten / speaker: take to backstage",
    "Presse: Akkreditierung prüfen / press: check accreditation",
)

# First names used for women in the lists above (for "Frau"/"Ms" salutations in letters and certificates).
FEMALE = frozenset({
    "Anneliese", "Sophie", "Käthe", "Ulrike", "Theresia", "Veronika", "Annina", "Seraina", "Ayşe", "Işıl", "Özlem",
    "Małgorzata", "Zofia", "Agnieszka", "Žaneta", "Kateřina", "Ľubica", "Mária", "Ελένη", "Αικατερίνη", "Åse",
    "Sigrún", "Mette", "Åsa", "Märta", "Päivi", "Sanna", "Þórunn", "Sigríður", "Rūta", "Līga", "Külli", "Ivana",
    "Milica", "Špela", "Urška", "Erzsébet", "Ioana", "Мария", "Оксана", "Axelle", "Hélène", "Maëlle", "Femke",
    "Liesbeth", "María", "Begoña", "Inês", "Chiara", "Siobhán", "Aoife", "Eleanor", "Priya",
})
