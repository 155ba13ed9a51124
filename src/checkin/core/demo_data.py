"""Name and organisation material for the demo event: real-world spellings, never transliterated."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# country -> (first names, family names, language). A family name is "Name" or "male|female" where the form
# follows the person's gender (Polish -ski/-ska, Czech -ová, Greek -ος/-ου, Baltic, Slavic, Icelandic).
PEOPLE: Mapping[str, tuple[tuple[str, ...], tuple[str, ...], str]] = MappingProxyType({
    "DE": (("Jürgen", "Anneliese", "Björn", "Käthe", "Matthias", "Sophie", "Günter", "Maximilian", "Jörg", "Ulrike",
            "Friederike", "Lars", "Henrike", "Sönke", "Mareike", "Tobias", "Gisela", "Jens", "Dörte", "Carsten"),
           ("Müller", "Schäfer", "Großmann", "Weiß", "Schütte", "Krämer", "Böhm", "Hoffmann", "Fuß", "Meißner",
            "Köhler", "Brückner", "Oßwald", "Jäger", "Bäcker", "Löffler", "Strauß", "Hübner", "Görtz", "Dreßler",
            "Wüstefeld", "Nöthling", "Kühn", "Schröder"), "de"),
    "AT": (("Theresia", "Florian", "Veronika", "Lukas", "Josefa", "Matthäus"),
           ("Hofstätter", "Pichler", "Gruber", "Wöhrer", "Fürnkranz", "Moosbrugger"), "de"),
    "CH": (("Reto", "Annina", "Urs", "Seraina", "Mathis"), ("Brändli", "Zürcher", "Nüesch", "Caduff", "Bürgi"), "de"),
    "TR": (("Şükrü", "Ayşe", "Gökhan", "Işıl", "Çağlar", "Özlem", "Mehmet", "Gülşen", "Ümit", "Şebnem"),
           ("Çelik", "Yılmaz", "Öztürk", "Işık", "Şahin", "Doğan", "Aydın", "Kılıç", "Güneş", "Erdoğdu"), "en"),
    "PL": (("Łukasz", "Małgorzata", "Grzegorz", "Zofia", "Paweł", "Agnieszka", "Wojciech", "Bożena", "Jędrzej",
            "Katarzyna"),
           ("Brzęczyszczykiewicz", "Wiśniewski|Wiśniewska", "Kowalczyk", "Łączyński|Łączyńska",
            "Żółkiewski|Żółkiewska", "Dąbrowski|Dąbrowska", "Grabowski|Grabowska", "Szczęsny|Szczęsna",
            "Wójcik", "Ślęzak"), "en"),
    "CZ": (("Žaneta", "Jiří", "Kateřina", "Tomáš", "Radek", "Markéta", "Přemysl"),
           ("Šťastný|Šťastná", "Dvořák|Dvořáková", "Novotný|Novotná", "Růžička|Růžičková", "Černý|Černá",
            "Kratochvíl|Kratochvílová"), "en"),
    "SK": (("Ľubica", "Ján", "Mária", "Ľuboš"), ("Ďurovčík|Ďurovčíková", "Hrušovský|Hrušovská", "Kováč|Kováčová"), "en"),
    "GR": (("Ορέστης", "Ελένη", "Δημήτρης", "Αικατερίνη", "Νίκος", "Σοφία"),
           ("Παπαδόπουλος|Παπαδοπούλου", "Κωνσταντίνου", "Γεωργίου", "Οικονόμου", "Αλεξίου",
            "Βασιλείου"), "en"),
    "NO": (("Øystein", "Åse", "Sigrún", "Håkon", "Ingrid"), ("Ødegård", "Bjørnstad", "Kierkegaard-Østergaard",
                                                             "Sæther", "Løvås"), "en"),
    "DK": (("Søren", "Mette", "Jørgen", "Birthe"), ("Kierkegaard", "Mørch", "Therkildsen", "Bækgaard"), "en"),
    "SE": (("Åsa", "Björn", "Märta", "Göran"), ("Lindqvist", "Söderström", "Åkesson", "Ångström"), "en"),
    "FI": (("Päivi", "Jyrki", "Sanna", "Tuomas"), ("Mäkinen", "Häkkinen", "Järvinen", "Hämäläinen"), "en"),
    "IS": (("Þórunn", "Guðmundur", "Sigríður", "Ólafur"),
           ("Þórðarson|Þórðardóttir", "Guðmundsson|Guðmundsdóttir", "Ólafsson|Ólafsdóttir"), "en"),
    "LT": (("Žygimantas", "Rūta", "Vytautas", "Eglė"),
           ("Žukauskas|Žukauskienė", "Kazlauskas|Kazlauskienė", "Petrauskas|Petrauskienė"), "en"),
    "LV": (("Jānis", "Līga", "Kārlis", "Ilze"), ("Bērziņš|Bērziņa", "Kalniņš|Kalniņa", "Ozoliņš|Ozoliņa"), "en"),
    "EE": (("Tõnu", "Külli", "Märt", "Ülle"), ("Tamm", "Õunapuu", "Sepp", "Pärn"), "en"),
    "HR": (("Đorđe", "Ivana", "Krešimir", "Mirjana"), ("Đurić", "Horvat", "Kovačević", "Šimić"), "en"),
    "RS": (("Đorđe", "Milica", "Nikola", "Jelena"), ("Jovanović", "Petrović", "Đokić", "Stojanović"), "en"),
    "SI": (("Matej", "Špela", "Urška", "Jure"), ("Žagar", "Kranjc", "Potočnik", "Vidmar"), "en"),
    "HU": (("Zoltán", "Erzsébet", "Gábor", "Ildikó"), ("Szőke", "Kovács", "Tőkés", "Nagy"), "en"),
    "RO": (("Ștefan", "Ioana", "Răzvan", "Mădălina"), ("Popescu", "Țurcanu", "Dumitrescu", "Ionescu"), "en"),
    "BG": (("Стефан", "Мария", "Георги", "Десислава"), ("Иванов|Иванова", "Петров|Петрова", "Димитров|Димитрова"), "en"),
    "UA": (("Олександр", "Оксана", "Андрій", "Наталія"), ("Шевченко", "Коваленко", "Бондаренко", "Мельник"), "en"),
    "FR": (("Axelle", "François", "Hélène", "Loïc", "Maëlle", "Jérôme", "Solène", "Benoît"),
           ("Lemaire", "Lefèvre", "Dubois", "Bérenger", "Garçon", "Chevènement", "Mézières", "Thébault"), "en"),
    "NL": (("Pieter", "Femke", "Joost", "Marieke"), ("van der Berg", "de Vries", "van Dijk", "Bakker"), "en"),
    "BE": (("Liesbeth", "Thibault", "Wouter", "Anaïs"), ("Van den Bossche", "Dupont", "Peeters", "Lambrechts"), "en"),
    "ES": (("José", "María", "Íñigo", "Begoña"), ("Núñez", "García", "Muñoz", "Ibáñez"), "en"),
    "PT": (("João", "Inês", "Gonçalo", "Leonor"), ("Gonçalves", "Simões", "Conceição", "Magalhães"), "en"),
    "IT": (("Niccolò", "Chiara", "Gianluca", "Federica"), ("Rossi", "Crisà", "De Luca", "Esposito"), "en"),
    "IE": (("Siobhán", "Seán", "Aoife", "Ciarán"), ("Ó Briain", "O'Connor", "Mac Giolla Phádraig", "Ní Bhriain"), "en"),
    "GB": (("Eleanor", "James", "Priya", "Oliver"), ("Whitfield", "Patel", "Ashworth-Jones", "Okafor"), "en"),
    # Scripts the bundled font lacks: every document must still print these names (system fallback fonts).
    "CN": (("伟", "芳", "建华", "秀英", "磊", "静"), ("王", "李", "张", "刘", "陈"), "en"),
    "JP": (("太郎", "花子", "健一", "美咲"), ("田中", "佐藤", "鈴木", "高橋"), "en"),
    "EG": (("محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم"), ("حسن", "منصور", "الخطيب", "عبد الله"), "en"),
    "IL": (("דוד", "שרה", "יוסף", "רחל", "אבי", "מיכל"), ("כהן", "לוי", "מזרחי", "פרץ", "ביטון"), "en"),
})

# Weight: most guests come from Germany, as at the seeds' conferences.
COUNTRY_WEIGHTS = MappingProxyType({code: (12 if code == "DE" else 2 if code in ("AT", "FR", "PL", "CZ", "TR")
                          else 0.3 if code in ("CN", "JP", "EG", "IL") else 1) for code in PEOPLE})

ORG_PATTERNS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "research": ("Fraunhofer-Institut für {topic}", "Universität {city}", "Leibniz-Institut für {topic}",
                 "{city} Institute of Technology", "Max-Planck-Institut für {topic}"),
    "sme": ("{city} {topic} GmbH", "{topic} Solutions {city} s.r.o.", "{city} Labs Sp. z o.o.", "{topic}werk {city} GmbH & Co. KG"),
    "large_company": ("{topic} AG", "Siemens {topic}", "{city} Energy SE", "Continental {topic} GmbH"),
    "public_body": ("Ministerium für Wirtschaft, Arbeit und Wohnungsbau Baden-Württemberg",
                    "Bundesministerium für Bildung und Forschung", "Bundesministerium für Wirtschaft und Energie",
                    "Wirtschaftsförderung {city}", "Agentur für Innovation {city}", "Senatsverwaltung für Wirtschaft {city}"),
    "association": ("Cluster {topic} {city} e.V.", "{topic}-Netzwerk {city}", "Verband {topic} e.V.",
                    "pôle de compétitivité {topic}", "{city} {topic} Cluster"),
})
ORG_TYPE_WEIGHTS = MappingProxyType({"sme": 5, "research": 4, "association": 3, "large_company": 2, "public_body": 2})
TOPICS = ("Photonik", "Mikroelektronik", "Medizintechnik", "Logistik", "Biotechnologie", "Leichtbau", "Energiespeicher",
          "Mobilität", "Künstliche Intelligenz", "Optik", "Wasserstoff", "Kunststofftechnik", "Luftfahrt", "Smart Textiles")
CITIES = ("Berlin", "München", "Dresden", "Jena", "Köln", "Düsseldorf", "Göttingen", "Wrocław", "Brno", "Lyon",
          "Tallinn", "Kraków", "Graz", "Linköping", "Århus", "Eindhoven", "Thessaloniki", "İzmir", "Zürich", "Lübeck")
# (male, female) forms: the position agrees with the person ("Frau … Geschäftsführerin").
POSITIONS = (("Geschäftsführer", "Geschäftsführerin"), ("Clustermanager", "Clustermanagerin"),
             ("Referatsleiter", "Referatsleiterin"), ("Head of Innovation", "Head of Innovation"),
             ("Projektleiter", "Projektleiterin"), ("Professor", "Professorin"), ("Research Fellow", "Research Fellow"),
             ("CEO", "CEO"), ("Abteilungsleiter", "Abteilungsleiterin"), ("Policy Officer", "Policy Officer"),
             ("Wissenschaftlicher Mitarbeiter", "Wissenschaftliche Mitarbeiterin"))
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
    "Abgeordnete(r): Protokoll informieren / Member of parliament: inform protocol",
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
    "Friederike", "Henrike", "Mareike", "Gisela", "Dörte", "Josefa", "Gülşen", "Şebnem", "Bożena", "Katarzyna",
    "Markéta", "Σοφία", "Ingrid", "Birthe", "Ilze", "Ülle", "Mirjana", "Jelena", "Ildikó", "Mădălina", "Десислава",
    "Наталія", "Solène", "Marieke", "Anaïs", "Leonor", "Federica", "Eglė",
    "芳", "秀英", "静", "花子", "美咲", "فاطمة", "ليلى", "مريم", "שרה", "רחל", "מיכל",
})
