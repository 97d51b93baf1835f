"""Where an article happens: the countries, U.S. states and large cities it names.

Story grouping asks whether two articles report one event; two reports of one
organisation's work, a disease or a kind of crime in two different countries share the
subject's rare words but are two events. Their places tell them apart: each document gets a
vector of the places it names (a city counts for its country, a U.S. state for itself),
and stories.py asks more evidence of two articles whose places do not overlap.

The names are written here (a few hundred; no gazetteer package holds the adjectives news
uses, "Iraqi", "Dutch"): countries with their usual short names and adjectives, U.S. states
(names and the abbreviations datelines use, "Calif."), and capitals or large cities that
are named without their country: every country's capital in GeoNames' list of countries
(checked against it once, not shipped) but those that are mostly something else (Sofia,
Wellington, Kingston, Sucre, Victoria, Georgetown, San Juan, Panama City). Only
capitalised forms match, so "turkey" or "china plates" are not places; a name that is
mostly something else (Jordan, Chad, Georgia the country, cities that are also first names:
Charlotte, Austin, Orlando) is left out or read as the commoner sense (a Jordanian, Amman,
Tbilisi are places); a longer name that holds a place's name but is not that place ("Latin
America", "New England", "Janet Reno") and a county named like a city ("Montgomery
County") are read as no place.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .models import Document
from .segment import dateline_length

# place: the names that stand for it ("|"-separated; a place may take several lines).
# Countries first, then U.S. states ("US-TX"); a city stands for its country.
_TABLE = """
Afghanistan: Afghanistan|Afghan|Afghans|Kabul|Kandahar|Taliban
Albania: Albania|Albanian|Albanians|Tirana
Algeria: Algeria|Algerian|Algerians|Algiers
Angola: Angola|Angolan|Luanda
Argentina: Argentina|Argentine|Argentinian|Argentines|Buenos Aires
Armenia: Armenia|Armenian|Armenians|Yerevan
Australia: Australia|Australian|Australians|Sydney|Melbourne|Canberra|Brisbane|Perth
Australia: New South Wales
Austria: Austria|Austrian|Austrians|Vienna
Azerbaijan: Azerbaijan|Azerbaijani|Baku
Bahrain: Bahrain|Bahraini|Manama
Bangladesh: Bangladesh|Bangladeshi|Dhaka
Belarus: Belarus|Belarusian|Minsk
Belgium: Belgium|Belgian|Belgians|Brussels
Benin: Benin|Beninese|Porto-Novo|Cotonou
Bhutan: Bhutan|Bhutanese|Thimphu
Bolivia: Bolivia|Bolivian|La Paz
Bosnia: Bosnia|Bosnian|Bosnians|Sarajevo|Herzegovina
Botswana: Botswana|Gaborone
Brazil: Brazil|Brazilian|Brazilians|Rio de Janeiro|Sao Paulo|São Paulo|Brasilia
Bulgaria: Bulgaria|Bulgarian|Bulgarians
Burkina Faso: Burkina Faso|Burkinabe|Ouagadougou
Burma: Burma|Burmese|Myanmar|Rangoon|Yangon|Naypyidaw|Nay Pyi Taw
Burundi: Burundi|Burundian|Bujumbura|Gitega
Cambodia: Cambodia|Cambodian|Cambodians|Phnom Penh|Khmer Rouge
Cameroon: Cameroon|Cameroonian|Cameroun|Yaounde|Yaoundé|Douala
Canada: Canada|Canadian|Canadians|Ottawa|Toronto|Montreal|Vancouver|Quebec|Ontario|Alberta
Central African Republic: Central African Republic|Bangui
Chad: Chadian|N'Djamena
Chile: Chile|Chilean|Chileans|Santiago
China: China|Chinese|Beijing|Shanghai|Hong Kong|Guangzhou|Tibet|Tibetan
Colombia: Colombia|Colombian|Colombians|Bogota|Bogotá|Medellin
Congo: Congo|Congolese|Kinshasa|Zaire|Brazzaville
Costa Rica: Costa Rica|Costa Rican
Croatia: Croatia|Croatian|Croatians|Zagreb
Cuba: Cuba|Cuban|Cubans|Havana
Cyprus: Cyprus|Cypriot|Nicosia
Czech Republic: Czech Republic|Czech|Czechs|Prague
Denmark: Denmark|Danish|Danes|Copenhagen
Djibouti: Djibouti
Dominican Republic: Dominican Republic|Santo Domingo
East Timor: East Timor|Timor-Leste|Timorese|Dili
Ecuador: Ecuador|Ecuadorean|Ecuadorian|Quito
Egypt: Egypt|Egyptian|Egyptians|Cairo
El Salvador: El Salvador|Salvadoran|San Salvador
Equatorial Guinea: Equatorial Guinea|Malabo
Eritrea: Eritrea|Eritrean|Asmara
Estonia: Estonia|Estonian|Tallinn
Ethiopia: Ethiopia|Ethiopian|Ethiopians|Addis Ababa
Fiji: Fiji|Fijian|Suva
Finland: Finland|Finnish|Finns|Helsinki
France: France|French|Paris|Marseille|Lyon
Gabon: Gabon|Gabonese|Libreville
Gambia: Gambia|Gambian|Banjul
Georgia (country): Tbilisi
Germany: Germany|German|Germans|Berlin|Munich|Frankfurt|Hamburg|Bonn
Ghana: Ghana|Ghanaian|Accra
Greece: Greece|Greek|Greeks|Athens
Guatemala: Guatemala|Guatemalan
Guinea: Guinea|Guinean|Conakry
Guinea-Bissau: Guinea-Bissau|Bissau
Haiti: Haiti|Haitian|Haitians|Port-au-Prince
Honduras: Honduras|Honduran|Tegucigalpa
Hungary: Hungary|Hungarian|Hungarians|Budapest
Iceland: Iceland|Icelandic|Reykjavik
India: India|Indian|Indians|New Delhi|Delhi|Mumbai|Bombay|Calcutta|Kolkata|Kashmir
Indonesia: Indonesia|Indonesian|Indonesians|Jakarta|Bali|East Timor|Timor
Iran: Iran|Iranian|Iranians|Tehran
Iraq: Iraq|Iraqi|Iraqis|Baghdad|Basra|Mosul|Kurdistan
Ireland: Ireland|Irish|Dublin|Belfast|Ulster
Israel: Israel|Israeli|Israelis|Jerusalem|Tel Aviv|Haifa
Italy: Italy|Italian|Italians|Rome|Milan|Naples|Venice|Sicily
Ivory Coast: Ivory Coast|Ivorian|Abidjan|Yamoussoukro|Cote d'Ivoire|Côte d'Ivoire
Jamaica: Jamaica|Jamaican
Japan: Japan|Japanese|Tokyo|Osaka|Kyoto|Hiroshima|Okinawa
Jordan: Jordanian|Jordanians|Amman
Kazakhstan: Kazakhstan|Kazakh|Kazakhstani|Astana|Almaty|Nur-Sultan
Kenya: Kenya|Kenyan|Kenyans|Nairobi
Kosovo: Kosovo|Kosovar|Pristina
Kuwait: Kuwait|Kuwaiti|Kuwaitis|Kuwait City
Kyrgyzstan: Kyrgyzstan|Kyrgyz|Bishkek
Laos: Laos|Laotian|Vientiane
Latvia: Latvia|Latvian|Riga
Lebanon: Lebanon|Lebanese|Beirut|Hezbollah
Lesotho: Lesotho|Maseru
Liberia: Liberia|Liberian|Monrovia
Libya: Libya|Libyan|Libyans|Tripoli|Benghazi
Lithuania: Lithuania|Lithuanian|Vilnius
Luxembourg: Luxembourg
Macedonia: Macedonia|Macedonian|Skopje
Madagascar: Madagascar|Malagasy|Antananarivo
Malawi: Malawi|Malawian|Lilongwe|Blantyre
Malaysia: Malaysia|Malaysian|Kuala Lumpur
Maldives: Maldives|Maldivian
Mali: Mali|Malian|Bamako
Mauritania: Mauritania|Mauritanian|Nouakchott
Mauritius: Mauritius|Mauritian|Port Louis
Mexico: Mexico|Mexican|Mexicans|Mexico City|Tijuana|Juarez|Guadalajara
Moldova: Moldova|Moldovan|Chisinau
Mongolia: Mongolia|Mongolian|Ulaanbaatar|Ulan Bator
Montenegro: Montenegro|Montenegrin|Podgorica
Morocco: Morocco|Moroccan|Rabat|Casablanca
Mozambique: Mozambique|Mozambican|Maputo
Namibia: Namibia|Namibian|Windhoek
Nepal: Nepal|Nepalese|Nepali|Kathmandu
Netherlands: Netherlands|Dutch|Holland|Amsterdam|The Hague|Rotterdam
New Zealand: New Zealand|New Zealander|Auckland
Nicaragua: Nicaragua|Nicaraguan|Managua|Sandinista|Sandinistas
Niger: Niger|Nigerien|Niamey
Nigeria: Nigeria|Nigerian|Nigerians|Lagos|Abuja|Niger Delta
North Korea: North Korea|North Korean|North Koreans|Pyongyang
Norway: Norway|Norwegian|Norwegians|Oslo
Oman: Oman|Omani|Muscat
Pakistan: Pakistan|Pakistani|Pakistanis|Islamabad|Karachi|Lahore
Palestinian territories: Palestine|Palestinian|Palestinians|Gaza|West Bank|Ramallah
Panama: Panama|Panamanian
Papua New Guinea: Papua New Guinea|Port Moresby
Paraguay: Paraguay|Paraguayan|Asuncion
Peru: Peru|Peruvian|Peruvians|Lima
Philippines: Philippines|Philippine|Filipino|Filipinos|Manila
Poland: Poland|Polish|Poles|Warsaw|Krakow
Portugal: Portugal|Portuguese|Lisbon
Puerto Rico: Puerto Rico|Puerto Rican|Puerto Ricans
Qatar: Qatar|Qatari|Doha
Romania: Romania|Romanian|Romanians|Bucharest
Russia: Russia|Russian|Russians|Moscow|St. Petersburg|Chechnya|Chechen|Siberia|Kremlin
Rwanda: Rwanda|Rwandan|Rwandans|Kigali|Hutu|Hutus|Tutsi|Tutsis
Saudi Arabia: Saudi Arabia|Saudi|Saudis|Riyadh|Jeddah|Mecca
Senegal: Senegal|Senegalese|Dakar
Serbia: Serbia|Serbian|Serbs|Belgrade|Yugoslavia|Yugoslav
Sierra Leone: Sierra Leone|Freetown
Singapore: Singapore|Singaporean
Slovakia: Slovakia|Slovak|Bratislava
Slovenia: Slovenia|Slovenian|Ljubljana
Somalia: Somalia|Somali|Somalis|Mogadishu
South Africa: South Africa|South African|South Africans|Johannesburg|Pretoria|Cape Town|Soweto
South Korea: South Korea|South Korean|South Koreans|Seoul
South Sudan: South Sudan|South Sudanese|Juba
Spain: Spain|Spanish|Spaniards|Madrid|Barcelona|Basque
Sri Lanka: Sri Lanka|Sri Lankan|Colombo|Tamil|Tamils
Sudan: Sudan|Sudanese|Khartoum|Darfur
Suriname: Suriname|Surinamese|Paramaribo
Swaziland: Swaziland|Eswatini|Swazi|Mbabane
Sweden: Sweden|Swedish|Swedes|Stockholm
Switzerland: Switzerland|Swiss|Geneva|Zurich|Bern
Syria: Syria|Syrian|Syrians|Damascus|Aleppo
Taiwan: Taiwan|Taiwanese|Taipei
Tajikistan: Tajikistan|Tajik|Dushanbe
Tanzania: Tanzania|Tanzanian|Dar es Salaam|Dodoma|Zanzibar
Thailand: Thailand|Thai|Bangkok
Togo: Togo|Togolese|Lome|Lomé
Trinidad and Tobago: Trinidad|Trinidadian|Tobago|Port of Spain
Tunisia: Tunisia|Tunisian|Tunis
Turkey: Turkey|Turkish|Turks|Ankara|Istanbul
Turkmenistan: Turkmenistan|Turkmen|Ashgabat
Uganda: Uganda|Ugandan|Ugandans|Kampala
Ukraine: Ukraine|Ukrainian|Ukrainians|Kiev|Kyiv|Crimea
United Arab Emirates: United Arab Emirates|Emirati|Dubai|Abu Dhabi
United Kingdom: United Kingdom|Britain|British|Britons|England|English|Scotland|Scottish
United Kingdom: Wales|Welsh|London|Manchester|Liverpool|Glasgow|Edinburgh|Birmingham
United States: United States|U.S.|US|USA|U.S.A.|America|American|Americans
United States: American Indian|American Indians|Native American|Native Americans
United States: Washington|Pentagon|White House|Capitol Hill
Uruguay: Uruguay|Uruguayan|Montevideo
Uzbekistan: Uzbekistan|Uzbek|Tashkent
Venezuela: Venezuela|Venezuelan|Venezuelans|Caracas
Vietnam: Vietnam|Vietnamese|Hanoi|Saigon|Ho Chi Minh City
Yemen: Yemen|Yemeni|Yemenis|Sanaa
Zambia: Zambia|Zambian|Lusaka
Zimbabwe: Zimbabwe|Zimbabwean|Zimbabweans|Harare
US-AL: Alabama|Ala.|Birmingham, Ala.|Montgomery
US-AK: Alaska|Anchorage|Juneau
US-AZ: Arizona|Ariz.|Phoenix|Tucson
US-AR: Arkansas|Ark.|Little Rock
US-CA: California|Calif.|Los Angeles|San Francisco|San Diego|Sacramento|Oakland|San Jose|Hollywood
US-CO: Colorado|Colo.|Denver|Boulder
US-CT: Connecticut|Conn.|Hartford|New Haven
US-DE: Delaware|Del.|Wilmington
US-DC: District of Columbia|D.C.
US-FL: Florida|Fla.|Miami|Tampa|Tallahassee|Jacksonville
US-GA: Georgia|Ga.|Atlanta|Savannah
US-HI: Hawaii|Honolulu
US-ID: Idaho|Boise
US-IL: Illinois|Ill.|Chicago|Springfield, Ill.
US-IN: Indiana|Ind.|Indianapolis
US-IA: Iowa|Des Moines
US-KS: Kansas|Kan.|Wichita|Topeka
US-KY: Kentucky|Ky.|Louisville|Lexington, Ky.
US-LA: Louisiana|La.|New Orleans|Baton Rouge
US-ME: Maine|Portland, Maine
US-MD: Maryland|Md.|Baltimore|Annapolis
US-MA: Massachusetts|Mass.|Boston|Cambridge, Mass.
US-MI: Michigan|Mich.|Detroit|Lansing
US-MN: Minnesota|Minn.|Minneapolis|St. Paul
US-MS: Mississippi|Miss.|Jackson, Miss.
US-MO: Missouri|Mo.|St. Louis|Kansas City
US-MT: Montana|Mont.
US-NE: Nebraska|Neb.|Omaha|Lincoln, Neb.
US-NV: Nevada|Nev.|Las Vegas|Reno
US-NH: New Hampshire|N.H.
US-NJ: New Jersey|N.J.|Newark|Trenton
US-NM: New Mexico|N.M.|Albuquerque|Santa Fe
US-NY: New York|N.Y.|Manhattan|Brooklyn|Bronx|Queens|Albany|Buffalo
US-NC: North Carolina|N.C.|Raleigh
US-ND: North Dakota|N.D.
US-OH: Ohio|Cleveland|Cincinnati
US-OK: Oklahoma|Okla.|Tulsa|Oklahoma City
US-OR: Oregon|Ore.|Portland, Ore.
US-PA: Pennsylvania|Pa.|Philadelphia|Pittsburgh|Harrisburg
US-RI: Rhode Island|R.I.|Providence
US-SC: South Carolina|S.C.|Charleston|Columbia, S.C.
US-SD: South Dakota|S.D.
US-TN: Tennessee|Tenn.|Nashville|Memphis
US-TX: Texas|Texan|Texans|Tex.|Houston|Dallas|San Antonio|Fort Worth|El Paso|Huntsville
US-UT: Utah|Salt Lake City
US-VT: Vermont|Vt.
US-VA: Virginia|Va.|Richmond|Norfolk|Arlington
US-WA: Washington state|Washington State|Wash.|Seattle|Spokane|Tacoma
US-WV: West Virginia|W.Va.
US-WI: Wisconsin|Wis.|Milwaukee
US-WY: Wyoming|Wyo.
"""
# Longer names that hold a place's name but are not that place: the continents and regions
# around "America" (Latin America is not the United States), a U.S. region named after
# England, and people and firms named after a city or a country. Matched like the places
# (the longest name wins), then counted for none.
_NOT_PLACES = """
Latin America|Latin American|Latin Americans|South America|South American|South Americans
Central America|Central American|Central Americans|North America|North American
North Americans|New England|Janet Reno|George Washington|Air France|Air Canada|Air India
Scientific American|Pan American|Sierra Nevada
"""
# A county is named after a city or a state of another state as often as not ("Montgomery
# County, Pa.", "Washington County, Ore."): a name followed by one of these is not read.
_COUNTY = r"(?!\s+(?:County|Parish|Township)\b)"


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[re.Pattern[str], dict[str, str]]:
    place_of: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        place, names = line.split(": ", 1)
        for name in names.split("|"):
            place_of.setdefault(name, place)
    for name in "|".join(_NOT_PLACES.strip().splitlines()).split("|"):
        place_of.setdefault(name, "")
    # A name starts with a capital and ends where a word ends ("U.S." and "Calif." on their
    # full stop); the names as a trie, so the expression tries each letter once, not each
    # of hundreds of names (four times faster than the names side by side). Atomic: a
    # longer name that is refused (a county) is not read as a shorter one ("Kansas").
    trie = _trie_pattern(place_of)
    pattern = re.compile(rf"(?=[A-Z])(?<![\w.-])(?>{trie}(?![\w-])){_COUNTY}")
    return pattern, place_of


def _trie_pattern(names: Iterable[str]) -> str:
    """One expression matching any of `names`, the longest where several start alike
    ("New York" before "New")."""
    trie: dict = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(c) + pattern(rest) for c, rest in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        # A name that ends here is tried after every longer one through this node.
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def names_a_place(text: str) -> bool:
    """Whether the text names a country, a U.S. state or a large city (running text:
    capitalised names)."""
    pattern, place_of = _gazetteer()
    return any(place_of[name] for name in pattern.findall(text))


def known_name(name: str) -> bool:
    """Whether the gazetteer has the name, as a place or as a name that is no place
    ("Jordan", "Janet Reno")."""
    return name in _gazetteer()[1]


# Where the report was filed ("SPOKANE, Wash. (AP) --") says where its event is: the
# dateline's places count this many times.
DATELINE_WEIGHT = 3
_CAPITALS = re.compile(r"\b[A-Z][A-Z]+\b")


def place_counts(document: Document) -> Counter[str]:
    """How often the document names each place (title and opening paragraph count twice:
    they say where the event is, a later paragraph may only compare; a dateline thrice)."""
    pattern, place_of = _gazetteer()
    counts: Counter[str] = Counter()
    texts = [document.title, *document.paragraphs[:1]]
    if document.paragraphs:
        lead = document.paragraphs[0]
        filed = dateline_length(lead)
        # Datelines are in capitals ("NEW YORK"); the names are written as in running text.
        dateline = _CAPITALS.sub(lambda m: m[0].capitalize(), lead[:filed])
        for name in pattern.findall(dateline):
            counts[place_of[name]] += DATELINE_WEIGHT
        texts[-1] = lead[filed:]
    for k, text in enumerate((*texts, *document.paragraphs[1:])):
        weight = 2 if k < len(texts) else 1
        for name in pattern.findall(text):
            counts[place_of[name]] += weight
    del counts[""]  # the names that are no place (_NOT_PLACES)
    return counts


def place_weights(counts: Counter[str]) -> dict[str, float]:
    """A unit vector over places, each weighing its count: the main places dominate."""
    weights = {p: float(c) for p, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {p: w / norm for p, w in weights.items()} if norm else {}
