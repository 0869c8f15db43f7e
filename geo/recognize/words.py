"""Our own small word lists: cues around names and words that are never places in news.

Every entry is lower case and normalised like :func:`geo.gazetteer.normalize_name` output (no dots).
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


__all__ = [
    "ABBREVIATIONS",
    "CONNECTORS",
    "EXTRA_DEMONYMS",
    "FUNCTION_WORDS",
    "GENERIC_AFTER",
    "GENERIC_BEFORE",
    "LOCATIVE",
    "LOWER_SUFFIXES",
    "NAME_PARTICLES",
    "NAME_PREFIXES",
    "NAME_SUFFIXES",
    "NEVER_PLACES",
    "NOT_SURNAMES",
    "NUMBERED_PREFIXES",
    "ORG_AFTER",
    "PATHOGEN_AFTER",
    "PATHOGEN_BEFORE",
    "PERSON_TITLES",
    "SPEECH_VERBS",
]

#: Demonyms and adjectives that ``countryinfo`` lacks, with the country they imply.
EXTRA_DEMONYMS: Final[dict[str, str]] = {
    "Kurdish": "IQ",
    "Kurds": "IQ",
    "Kurd": "IQ",
    "Iraqis": "IQ",
    "Syrians": "SY",
    "Iranians": "IR",
    "Afghans": "AF",
    "Afghan": "AF",
    "British": "GB",
    "Briton": "GB",
    "Britons": "GB",
    "English": "GB",
    "Scottish": "GB",
    "Scots": "GB",
    "Welsh": "GB",
    "Dutch": "NL",
    "Dutchman": "NL",
    "French": "FR",
    "Frenchman": "FR",
    "German": "DE",
    "Germans": "DE",
    "American": "US",
    "Americans": "US",
    "Chinese": "CN",
    "Japanese": "JP",
    "Vietnamese": "VN",
    "Lebanese": "LB",
    "Sudanese": "SD",
    "Congolese": "CD",
    "Taiwanese": "TW",
    "Portuguese": "PT",
    "Filipino": "PH",
    "Filipinos": "PH",
    "Spanish": "ES",
    "Spaniards": "ES",
    "Swiss": "CH",
    "Danish": "DK",
    "Danes": "DK",
    "Swedish": "SE",
    "Swedes": "SE",
    "Finnish": "FI",
    "Finns": "FI",
    "Norwegian": "NO",
    "Polish": "PL",
    "Poles": "PL",
    "Turkish": "TR",
    "Turks": "TR",
    "Irish": "IE",
    "Israeli": "IL",
    "Israelis": "IL",
    "Palestinian": "PS",
    "Palestinians": "PS",
    "Saudi": "SA",
    "Saudis": "SA",
    "Emirati": "AE",
    "Emiratis": "AE",
    "Yemeni": "YE",
    "Yemenis": "YE",
    "Qatari": "QA",
    "Kuwaiti": "KW",
    "Bahraini": "BH",
    "Omani": "OM",
    "Jordanian": "JO",
    "Jordanians": "JO",
    "Egyptian": "EG",
    "Egyptians": "EG",
    "Libyan": "LY",
    "Tunisian": "TN",
    "Algerian": "DZ",
    "Moroccan": "MA",
    "Somali": "SO",
    "Somalis": "SO",
    "Ukrainian": "UA",
    "Ukrainians": "UA",
    "Russian": "RU",
    "Russians": "RU",
    "Belarusian": "BY",
    "Georgian": "GE",
    "Armenian": "AM",
    "Azerbaijani": "AZ",
    "Pakistani": "PK",
    "Pakistanis": "PK",
    "Indian": "IN",
    "Indians": "IN",
    "Bangladeshi": "BD",
    "Nepali": "NP",
    "Nepalese": "NP",
    "Sri Lankan": "LK",
    "Thai": "TH",
    "Korean": "KR",
    "Koreans": "KR",
    "South Korean": "KR",
    "North Korean": "KP",
    "Canadian": "CA",
    "Canadians": "CA",
    "Mexican": "MX",
    "Mexicans": "MX",
    "Brazilian": "BR",
    "Argentine": "AR",
    "Argentinian": "AR",
    "Cuban": "CU",
    "Cubans": "CU",
    "Australian": "AU",
    "Australians": "AU",
    "New Zealander": "NZ",
    "Kiwi": "NZ",
    "South African": "ZA",
    "Nigerian": "NG",
    "Kenyan": "KE",
    "Ethiopian": "ET",
    "Zimbabwean": "ZW",
    "Ugandan": "UG",
    "Rwandan": "RW",
    "Malian": "ML",
    "Belgian": "BE",
    "Austrian": "AT",
    "Italian": "IT",
    "Italians": "IT",
    "Greek": "GR",
    "Greeks": "GR",
    "Cypriot": "CY",
    "Icelandic": "IS",
    "Estonian": "EE",
    "Latvian": "LV",
    "Lithuanian": "LT",
    "Slovenian": "SI",
    "Slovene": "SI",
    "Croatian": "HR",
    "Serbian": "RS",
    "Serb": "RS",
    "Serbs": "RS",
    "Bosnian": "BA",
    "Albanian": "AL",
    "Romanian": "RO",
    "Bulgarian": "BG",
    "Hungarian": "HU",
    "Czech": "CZ",
    "Slovak": "SK",
    "Mongolian": "MN",
    "Indonesian": "ID",
    "Malaysian": "MY",
    "Singaporean": "SG",
    "Burmese": "MM",
    "Cambodian": "KH",
    "Laotian": "LA",
    "Venezuelan": "VE",
    "Colombian": "CO",
    "Peruvian": "PE",
    "Chilean": "CL",
    "Bolivian": "BO",
    "Ecuadorian": "EC",
    "Haitian": "HT",
    "Jamaican": "JM",
    "Dominican": "DO",
    "Puerto Rican": "PR",
    "Texan": "US",
    "Texans": "US",
    "Californian": "US",
    "Californians": "US",
    "Floridian": "US",
    "Virginian": "US",
    "New Yorker": "US",
    "New Yorkers": "US",
    "Londoner": "GB",
    "Londoners": "GB",
    "Parisian": "FR",
    "Muscovite": "RU",
    "Baghdadi": "IQ",
    "Quebecois": "CA",
    "Québécois": "CA",
    "Albertan": "CA",
    "Albertans": "CA",
    "Ontarian": "CA",
    "Ontarians": "CA",
    "Queenslander": "AU",
    "Queenslanders": "AU",
    "Hawaiian": "US",
    "Alaskan": "US",
    "Iranian": "IR",
    "Persian": "IR",
    "Iraqi": "IQ",
    "Syrian": "SY",
    "Chechen": "RU",
    "Tibetan": "CN",
    "Uighur": "CN",
    "Uyghur": "CN",
    "Crimean": "UA",
    "South Ossetian": "GE",
    "South Ossetians": "GE",
    "Abkhaz": "GE",
    "Abkhazian": "GE",
    "Sinhalese": "LK",
    "Pashtun": "AF",
    "Baluch": "PK",
    "Yazidi": "IQ",
    "Yazidis": "IQ",
    "Ohioan": "US",
    "Ohioans": "US",
    "Minnesotan": "US",
    "Minnesotans": "US",
    "Georgians": "GE",
    "Catalan": "ES",
    "Basque": "ES",
    "Corsican": "FR",
    "Sicilian": "IT",
    "Bavarian": "DE",
    "Scandinavian": "SE",
    "Balkan": "RS",
    "Caribbean": "JM",
    "European": "",
    "Europeans": "",
    "African": "",
    "Africans": "",
    "Asian": "",
    "Asians": "",
    "Arab": "",
    "Arabs": "",
    "Arabian": "SA",
    "Latin American": "",
    "Middle Eastern": "",
    "Western": "",
}

#: Words before a name that make it a person: titles, ranks, offices and honorifics.
PERSON_TITLES: Final[frozenset[str]] = _words(
    """
    mr mrs ms miss mister madam dr prof professor sir dame lord lady rev reverend father sister brother
    pope saint-not imam sheikh shaikh sheik ayatollah mullah rabbi cardinal bishop archbishop
    president vice-president vp premier chancellor minister secretary senator sen rep representative
    congressman congresswoman congressmember assemblyman assemblywoman councilman councilwoman councillor
    councilor alderman mayor governor gov lt gen general col colonel maj major capt captain cmdr commander
    admiral adm sgt sergeant cpl corporal pvt private lieutenant brig brigadier marshal field-marshal
    ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair director chief ceo
    judge justice attorney sheriff deputy officer detective inspector constable trooper coach king queen
    prince princess emperor sultan emir crown speaker leader commissioner superintendent principal
    dean chancellor pastor coroner clerk treasurer auditor delegate uncle aunt mrs. jr sr
    defender striker goalkeeper quarterback midfielder forward guard
    """
)

#: Verbs of speech and cognition: "X said" after a single name marks a person (or an organisation).
SPEECH_VERBS: Final[frozenset[str]] = _words(
    """
    said says say told tells added adds asked asks explained explains noted notes wrote writes
    argued argues believes believed thinks thought recalled recalls continued replied insisted
    stressed warned urged admitted acknowledged claimed claims testified announced declined agreed
    tweeted posted smiled laughed died resigned pleaded
    """
)

#: Words after a name that make the whole phrase an organisation or a work; the name is then not a place
#: in any of the gold corpora we measured (newspapers, companies).
ORG_AFTER: Final[frozenset[str]] = _words(
    """
    times post herald tribune journal gazette chronicle courier examiner inquirer telegraph observer
    inc corp corporation co ltd llc plc gmbh ag sa airlines airways motors bancorp daily academy
    millions elementary
    """
)

#: Words after a place name that make it the name of a pathogen or a disease ("Reston virus", "Marburg
#: fever"): not a place mention.
PATHOGEN_AFTER: Final[frozenset[str]] = _words(
    """
    virus viruses ebolavirus strain strains fever flu influenza disease syndrome hemorrhagic haemorrhagic
    """
)
#: Words before a place name that make it part of a pathogen name ("Ebola-Reston", "Ebola Reston").
PATHOGEN_BEFORE: Final[frozenset[str]] = _words("ebola")

#: Lower-case words allowed inside a multi-word name ("Strait of Hormuz", "Ain al-Asad", "Rio de Janeiro").
CONNECTORS: Final[frozenset[str]] = _words(
    """
    of the de del della di da do dos das du des la le les el al ad ar as at az an ash ez es en ibn bin
    bint abu um umm upon on sur am im van von der den y e and et
    """
)

#: Generic words after a name that name its kind, with the feature-class hint they give.
GENERIC_AFTER: Final[dict[str, str]] = {
    "province": "admin_region",
    "governorate": "admin_region",
    "region": "admin_region",
    "district": "admin_region",
    "county": "admin_region",
    "parish": "admin_region",
    "oblast": "admin_region",
    "prefecture": "admin_region",
    "state": "admin_region",
    "municipality": "admin_region",
    "city": "city",
    "town": "city",
    "village": "city",
    "airport": "airport",
    "international airport": "airport",
    "airfield": "airport",
    "air base": "military_base",
    "airbase": "military_base",
    "air force base": "military_base",
    "military base": "military_base",
    "base": "military_base",
    "embassy": "facility",
    "consulate": "facility",
}

#: Generic words after a capitalised name that make it a place even when the gazetteer lacks it, with the
#: feature-class hint they give ("" for none): streets, rivers, counties, provinces.
NAME_SUFFIXES: Final[dict[str, str]] = {
    **dict.fromkeys(
        ["county", "parish", "province", "governorate", "district", "oblast", "prefecture"], "admin_region"
    ),
    **dict.fromkeys(
        ["river", "lake", "creek", "bay", "sea", "ocean", "strait", "canal", "harbor", "harbour"],
        "water_body",
    ),
    **dict.fromkeys(
        ["mountains", "mountain", "hills", "valley", "island", "islands", "peninsula", "desert"], "region"
    ),
    **dict.fromkeys(
        [
            "street",
            "st",
            "road",
            "rd",
            "avenue",
            "ave",
            "boulevard",
            "blvd",
            "drive",
            "lane",
            "highway",
            "parkway",
            "square",
            "bridge",
        ],
        "",
    ),
    "airport": "airport",
    "airfield": "airport",
    "airbase": "military_base",
    "base": "military_base",
}
#: Of :data:`NAME_SUFFIXES`, those that count when written in lower case ("Arbar province").
LOWER_SUFFIXES: Final[frozenset[str]] = _words("province governorate district county airport airbase base")
#: Of :data:`NAME_PREFIXES`, those followed by a number rather than a name ("Highway 19", "Route 128").
NUMBERED_PREFIXES: Final[frozenset[str]] = _words("highway interstate route")
#: Lower-case particles inside personal names ("Mike de Kock", "Osama bin Laden").
NAME_PARTICLES: Final[frozenset[str]] = _words("de van von da di du le bin ibn dos das del della der den")
#: Words before a name that make it a place ("Lake Lanier", "Mount Sinjar", "Highway 19", "Camp Taji").
NAME_PREFIXES: Final[dict[str, str]] = {
    "lake": "water_body",
    "mount": "region",
    "mt": "region",
    "highway": "",
    "interstate": "",
    "route": "",
    "camp": "military_base",
    "fort": "military_base",
    "cape": "region",
    "isle": "region",
}

#: Phrases before a name that name its kind ("the airport of X", "Camp X", "the city of X").
GENERIC_BEFORE: Final[dict[str, str]] = {
    "airport of": "airport",
    "airbase of": "military_base",
    "air base of": "military_base",
    "base of": "military_base",
    "camp": "military_base",
    "fort": "military_base",
    "province of": "admin_region",
    "governorate of": "admin_region",
    "region of": "admin_region",
    "state of": "admin_region",
    "county of": "admin_region",
    "city of": "city",
    "town of": "city",
    "village of": "city",
    "capital of": "city",
}

#: Prepositions and phrases before a name that suggest a place ("in X", "near X", "X-based").
LOCATIVE: Final[frozenset[str]] = _words(
    """
    in at near from to into across outside inside toward towards via through throughout around of
    between within across north south east west northern southern eastern western central
    northeast northwest southeast southwest visit visited visiting reach reached entered
    """
)

#: Capitalised words that are never places in news text, although some gazetteer entry carries them
#: (months, days, common first words of sentences, institutions).
NEVER_PLACES: Final[frozenset[str]] = _words(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    police president government army navy university college church school hospital court congress
    parliament senate house council ministry department party state city county
    god allah christ jesus quran koran bible islam islamic muslim christian jewish
    trump obama biden putin
    a i an the this that these those he she it we they you his her its our their my your
    mr mrs ms dr
    north south east west central northern southern eastern western northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern midwest metro downtown uptown
    white house democrat republican region
    """
) | {"white house", "oval office", "capitol hill", "el nino", "la nina", "red cross"}

#: Capitalised words that follow a given name without being a surname ("Jordan Valley", "Georgia Police").
NOT_SURNAMES: Final[frozenset[str]] = _words(
    """
    police county city state university college school hospital department office valley river lake
    mountain mountains park street road avenue square airport station bay beach island islands church
    high middle elementary district region province town village center centre hall court club team
    fire sheriff army navy national international american democrats republicans
    """
)

#: Function words that never begin a place name, although some gazetteer alias does ("For Iraq").
FUNCTION_WORDS: Final[frozenset[str]] = _words(
    """
    a an the for in at to of on as by with from and or but if so no not nor is it its he she we they
    this that these those there here when while after before since until because though although
    """
)

#: Abbreviations whose final dot belongs to the token ("St. Louis", "Ky.", "Gen.").
ABBREVIATIONS: Final[frozenset[str]] = _words(
    """
    st mt ft pt mr mrs ms dr gen col lt sgt capt maj adm cpl pvt sen rep gov rev prof jr sr brig cmdr
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr
    nev okla ore pa penn tenn tex vt va wash wis wisc wyo
    no co inc corp ltd jan feb mar apr aug sep sept oct nov dec
    """
)
