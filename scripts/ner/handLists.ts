// Hand-written gazetteer entries from general knowledge (not from any corpus the product is measured on).
// Package data covers country names and English city names; what it lacks is German exonyms of foreign
// cities, the names German-language news uses for large German/Austrian/Swiss cities, a few country aliases,
// and well-known non-company organisations (parties, institutions, agencies, broadcasters).

/** Country aliases written in news that Intl/world-countries do not list, by ISO 3166 code. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['USA', 'US', 'U.S.', 'U.S.A.', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Amerika', 'America', 'United States', 'United States of America'],
  GB: ['Großbritannien', 'Grossbritannien', 'Vereinigtes Königreich', 'Vereinigten Königreich', 'UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom', 'England', 'Schottland', 'Wales', 'Nordirland', 'Scotland', 'Northern Ireland'],
  DE: ['Deutschland', 'BRD', 'Bundesrepublik', 'Germany'],
  AT: ['Österreich', 'Austria'],
  CH: ['Schweiz', 'Switzerland'],
  RU: ['Russland', 'Russische Föderation', 'Russia'],
  CN: ['China', 'Volksrepublik China', 'VR China', 'Volksrepublik'],
  KR: ['Südkorea', 'South Korea'],
  KP: ['Nordkorea', 'North Korea'],
  NL: ['Niederlande', 'Holland', 'Netherlands'],
  CZ: ['Tschechien', 'Tschechische Republik', 'Czechia', 'Czech Republic'],
  AE: ['VAE', 'Vereinigte Arabische Emirate', 'Emirate', 'UAE'],
  CD: ['Kongo', 'Demokratische Republik Kongo', 'DR Kongo'],
  CI: ['Elfenbeinküste', 'Ivory Coast'],
  MM: ['Myanmar', 'Burma', 'Birma'],
  TR: ['Türkei', 'Turkey', 'Türkiye'],
  VA: ['Vatikan', 'Vatican'],
  PS: ['Palästina', 'Palestine', 'Gazastreifen', 'Westjordanland', 'Gaza'],
  TW: ['Taiwan'],
  IR: ['Iran'],
  SY: ['Syrien'],
  UA: ['Ukraine'],
  BY: ['Belarus', 'Weißrussland'],
  MK: ['Nordmazedonien', 'Mazedonien'],
};

/** Continents and large regions, as written in German and English news. */
export const REGIONS: string[] = [
  'Europa', 'Afrika', 'Asien', 'Nordamerika', 'Südamerika', 'Lateinamerika', 'Mittelamerika', 'Australien',
  'Ozeanien', 'Antarktis', 'Arktis', 'Nahost', 'Naher Osten', 'Nahen Osten', 'Mittlerer Osten', 'Fernost', 'Ferner Osten',
  'Osteuropa', 'Westeuropa', 'Südeuropa', 'Nordeuropa', 'Mitteleuropa', 'Südostasien', 'Ostasien', 'Zentralasien',
  'Skandinavien', 'Balkan', 'Westbalkan', 'Kaukasus', 'Sahara', 'Sahelzone', 'Sahel', 'Karibik', 'Mittelmeer', 'Nordsee', 'Ostsee',
  'Alpen', 'Atlantik', 'Pazifik', 'Schwarzes Meer', 'Schwarzen Meer', 'Rhein', 'Donau', 'Elbe', 'Main', 'Bodensee',
  'Bayern', 'Baden-Württemberg', 'Hessen', 'Sachsen', 'Thüringen', 'Brandenburg', 'Niedersachsen', 'Nordrhein-Westfalen',
  'Rheinland-Pfalz', 'Saarland', 'Schleswig-Holstein', 'Mecklenburg-Vorpommern', 'Sachsen-Anhalt',
  'Niederösterreich', 'Oberösterreich', 'Steiermark', 'Kärnten', 'Tirol', 'Vorarlberg', 'Burgenland', 'Südtirol',
  'Kalifornien', 'Texas', 'Florida', 'Kalifornien', 'Alaska', 'Hawaii', 'Sibirien', 'Krim', 'Donbass', 'Tibet', 'Xinjiang',
  'Kaschmir', 'Katalonien', 'Bretagne', 'Normandie', 'Toskana', 'Sizilien', 'Sardinien', 'Korsika', 'Mallorca', 'Kreta',
  'Europe', 'Africa', 'Asia', 'North America', 'South America', 'Latin America', 'Middle East', 'Far East', 'Eastern Europe',
  'Western Europe', 'Southeast Asia', 'Scandinavia', 'Balkans', 'Caribbean', 'Mediterranean', 'Atlantic', 'Pacific',
  'California', 'Silicon Valley', 'Wall Street', 'Crimea', 'Siberia', 'Catalonia',
];

/**
 * German names of the seas, rivers, lakes, mountains, landscapes, islands and first-level regions that German-
 * language news names most: those of the German-speaking countries in full, their neighbours' regions, and the
 * world's large seas, rivers and ranges. Names that are also common German words ("Oder", "Seine", "Saale",
 * "Marken", "Franken") are left out: as a list feature they would mark the word wherever it stands. A name of
 * an adjective and a noun comes in the forms that articles and cases give it ("Rotes Meer", "im Roten Meer").
 */
export const GEOGRAPHY_DE: string[] = [
  // Seas, straits and canals.
  'Adria', 'Ägäis', 'Ärmelkanal', 'Irische See', 'Barentssee', 'Beringstraße', 'Nordpolarmeer', 'Bosporus', 'Dardanellen',
  'Suezkanal', 'Panamakanal', 'Nord-Ostsee-Kanal', 'Nordatlantik', 'Südatlantik', 'Nordpazifik', 'Südpazifik',
  'Rotes Meer', 'Roten Meer', 'Rote Meer', 'Roten Meeres', 'Totes Meer', 'Toten Meer', 'Tote Meer', 'Toten Meeres',
  'Kaspisches Meer', 'Kaspischen Meer', 'Kaspische Meer', 'Kaspischen Meeres', 'Schwarzen Meeres', 'Schwarze Meer',
  'Südchinesisches Meer', 'Südchinesischen Meer', 'Südchinesische Meer', 'Südchinesischen Meeres',
  'Ostchinesisches Meer', 'Ostchinesischen Meer', 'Ostchinesische Meer', 'Ostchinesischen Meeres',
  'Tyrrhenisches Meer', 'Tyrrhenischen Meer', 'Ionisches Meer', 'Ionischen Meer', 'Arabisches Meer', 'Arabischen Meer',
  'Indischer Ozean', 'Indischen Ozean', 'Indische Ozean', 'Indischen Ozeans', 'Persischer Golf', 'Persischen Golf',
  'Persische Golf', 'Persischen Golfs', 'Golf von Mexiko', 'Golf von Aden', 'Straße von Hormus', 'Straße von Gibraltar',
  'Mittelmeeres',
  // Rivers.
  'Donau', 'Weser', 'Mosel', 'Neckar', 'Isar', 'Lech', 'Salzach', 'Enns', 'Drau', 'Spree', 'Themse', 'Loire', 'Rhone',
  'Rhône', 'Garonne', 'Tiber', 'Ebro', 'Tajo', 'Wolga', 'Dnjepr', 'Weichsel', 'Moldau', 'Nil', 'Sambesi', 'Ganges', 'Indus',
  'Jangtse', 'Mekong', 'Euphrat', 'Tigris', 'Amazonas', 'Mississippi', 'Potomac', 'Rio Grande', 'Donau-Auen',
  // Lakes.
  'Genfersee', 'Genfer See', 'Gardasee', 'Comer See', 'Lago Maggiore', 'Chiemsee', 'Starnberger See', 'Ammersee',
  'Tegernsee', 'Müritz', 'Neusiedler See', 'Wolfgangsee', 'Attersee', 'Traunsee', 'Mondsee', 'Wörthersee', 'Ossiacher See',
  'Millstätter See', 'Zürichsee', 'Vierwaldstättersee', 'Thunersee', 'Plattensee', 'Balaton', 'Ladogasee', 'Baikalsee',
  'Viktoriasee', 'Titicacasee',
  // Mountains and ranges.
  'Himalaya', 'Anden', 'Rocky Mountains', 'Pyrenäen', 'Karpaten', 'Apenninen', 'Dolomiten', 'Ural', 'Zugspitze',
  'Großglockner', 'Matterhorn', 'Mont Blanc', 'Montblanc', 'Mount Everest', 'Kilimandscharo', 'Dachstein', 'Arlberg',
  'Semmering', 'Hohe Tauern', 'Alpenraum', 'Ostalpen', 'Westalpen',
  // Landscapes and regions of Germany.
  'Schwarzwald', 'Eifel', 'Erzgebirge', 'Fichtelgebirge', 'Bayerischer Wald', 'Bayerischen Wald', 'Thüringer Wald',
  'Odenwald', 'Taunus', 'Hunsrück', 'Spessart', 'Rhön', 'Westerwald', 'Sauerland', 'Siegerland', 'Allgäu', 'Ruhrgebiet',
  'Emsland', 'Münsterland', 'Lausitz', 'Uckermark', 'Vogtland', 'Altmark', 'Eichsfeld', 'Ostfriesland', 'Nordfriesland',
  'Breisgau', 'Pfalz', 'Rheinland', 'Ostwestfalen', 'Oberbayern', 'Niederbayern', 'Oberfranken',
  'Mittelfranken', 'Unterfranken', 'Oberpfalz', 'Holstein', 'Mecklenburg', 'Vorpommern', 'Pommern', 'Schlesien',
  'Ostpreußen', 'Masuren', 'Böhmen', 'Mähren', 'Ostdeutschland', 'Westdeutschland', 'Norddeutschland', 'Süddeutschland',
  // Landscapes and regions of Austria and South Tyrol.
  'Wachau', 'Waldviertel', 'Weinviertel', 'Mühlviertel', 'Innviertel', 'Mostviertel', 'Salzkammergut', 'Pinzgau',
  'Pongau', 'Lungau', 'Flachgau', 'Tennengau', 'Montafon', 'Bregenzerwald', 'Zillertal', 'Ötztal', 'Stubaital', 'Pitztal',
  'Paznaun', 'Gasteinertal', 'Gesäuse', 'Ausseerland', 'Südsteiermark', 'Weststeiermark', 'Oststeiermark',
  'Obersteiermark', 'Marchfeld', 'Lavanttal', 'Gailtal', 'Mölltal', 'Osttirol', 'Nordtirol', 'Vinschgau', 'Pustertal',
  'Wipptal', 'Inntal', 'Rheintal', 'Ennstal', 'Murtal', 'Westösterreich', 'Ostösterreich',
  // Swiss cantons and landscapes.
  'Aargau', 'Appenzell', 'Basel-Stadt', 'Basel-Landschaft', 'Baselland', 'Glarus', 'Graubünden', 'Neuenburg',
  'Nidwalden', 'Obwalden', 'Schaffhausen', 'Schwyz', 'Solothurn', 'Tessin', 'Thurgau', 'Waadt', 'Wallis', 'Engadin',
  'Berner Oberland', 'Emmental',
  // Regions of Italy, Spain, France, the British Isles and the Low Countries.
  'Abruzzen', 'Aostatal', 'Apulien', 'Basilikata', 'Kalabrien', 'Kampanien', 'Emilia-Romagna', 'Friaul',
  'Friaul-Julisch Venetien', 'Latium', 'Ligurien', 'Lombardei', 'Molise', 'Piemont', 'Trentino', 'Umbrien', 'Venetien',
  'Andalusien', 'Aragonien', 'Asturien', 'Balearen', 'Baskenland', 'Extremadura', 'Galicien', 'Kanaren',
  'Kanarische Inseln', 'Kanarischen Inseln', 'Kantabrien', 'Kastilien', 'Navarra',
  'Elsass', 'Lothringen', 'Burgund', 'Aquitanien', 'Okzitanien', 'Auvergne', 'Picardie', 'Savoyen', 'Côte d’Azur',
  "Côte d'Azur", 'Île-de-France', 'Languedoc', 'Dordogne', 'Cornwall', 'Yorkshire', 'Flandern', 'Wallonien', 'Brabant',
  // Regions of eastern and northern Europe and of Asia, Africa and the Americas.
  'Siebenbürgen', 'Transsilvanien', 'Galizien', 'Bukowina', 'Dalmatien', 'Istrien', 'Slawonien', 'Banat', 'Bessarabien',
  'Transnistrien', 'Lappland', 'Karelien', 'Tschetschenien', 'Dagestan', 'Südossetien', 'Abchasien', 'Bergkarabach',
  'Berg-Karabach', 'Golanhöhen', 'Sinai', 'Kurdistan', 'Anatolien', 'Mesopotamien', 'Galiläa', 'Negev', 'Levante',
  'Punjab', 'Bengalen', 'Mandschurei', 'Innere Mongolei', 'Hokkaido', 'Okinawa', 'Borneo', 'Sumatra', 'Bali', 'Mindanao',
  'Patagonien', 'Amazonien', 'Feuerland', 'Yucatán', 'Darfur', 'Maghreb', 'Westsahara', 'Tasmanien',
  // Islands.
  'Ibiza', 'Menorca', 'Teneriffa', 'Gran Canaria', 'Lanzarote', 'Fuerteventura', 'Madeira', 'Azoren', 'Rhodos', 'Lesbos',
  'Korfu', 'Santorin', 'Kos', 'Samos', 'Sylt', 'Föhr', 'Amrum', 'Helgoland', 'Usedom', 'Fehmarn', 'Norderney',
  'Borkum', 'Juist', 'Spiekeroog', 'Langeoog', 'Wangerooge', 'Bornholm', 'Gotland', 'Capri', 'Elba', 'Ischia', 'Lampedusa',
  'Spitzbergen', 'Färöer',
];

/** German exonyms and German-language forms of large cities worldwide, plus major German-speaking cities. */
export const CITIES_DE: string[] = [
  'Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt', 'Frankfurt am Main', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dortmund',
  'Essen', 'Bremen', 'Dresden', 'Hannover', 'Nürnberg', 'Duisburg', 'Bochum', 'Wuppertal', 'Bielefeld', 'Bonn', 'Münster',
  'Karlsruhe', 'Mannheim', 'Augsburg', 'Wiesbaden', 'Mönchengladbach', 'Gelsenkirchen', 'Aachen', 'Braunschweig', 'Kiel',
  'Chemnitz', 'Halle', 'Magdeburg', 'Freiburg', 'Krefeld', 'Mainz', 'Lübeck', 'Erfurt', 'Oberhausen', 'Rostock', 'Kassel',
  'Hagen', 'Potsdam', 'Saarbrücken', 'Hamm', 'Ludwigshafen', 'Oldenburg', 'Osnabrück', 'Leverkusen', 'Heidelberg',
  'Darmstadt', 'Solingen', 'Regensburg', 'Herne', 'Paderborn', 'Neuss', 'Ingolstadt', 'Offenbach', 'Fürth', 'Würzburg',
  'Ulm', 'Heilbronn', 'Pforzheim', 'Wolfsburg', 'Göttingen', 'Bottrop', 'Reutlingen', 'Koblenz', 'Bremerhaven', 'Trier',
  'Jena', 'Erlangen', 'Cottbus', 'Siegen', 'Hildesheim', 'Salzgitter', 'Schwerin', 'Passau', 'Bamberg', 'Bayreuth',
  'Konstanz', 'Tübingen', 'Weimar', 'Greifswald', 'Flensburg', 'Stralsund', 'Wismar', 'Frankfurt an der Oder', 'Görlitz',
  'Wien', 'Graz', 'Linz', 'Salzburg', 'Innsbruck', 'Klagenfurt', 'Villach', 'Wels', 'Sankt Pölten', 'St. Pölten', 'Dornbirn',
  'Wiener Neustadt', 'Steyr', 'Feldkirch', 'Bregenz', 'Leoben', 'Krems', 'Eisenstadt', 'Bozen', 'Meran',
  'Zürich', 'Genf', 'Basel', 'Bern', 'Lausanne', 'Luzern', 'St. Gallen', 'Winterthur', 'Lugano', 'Biel', 'Thun', 'Zug',
  'Vaduz', 'Luxemburg',
  'Peking', 'Schanghai', 'Shanghai', 'Hongkong', 'Kanton', 'Shenzhen', 'Wuhan', 'Tokio', 'Osaka', 'Kyoto', 'Seoul',
  'Pjöngjang', 'Taipeh', 'Neu-Delhi', 'Delhi', 'Mumbai', 'Bombay', 'Kalkutta', 'Bangalore', 'Manila', 'Jakarta', 'Bangkok',
  'Hanoi', 'Saigon', 'Ho-Chi-Minh-Stadt', 'Singapur', 'Kuala Lumpur', 'Kabul', 'Islamabad', 'Karatschi', 'Teheran',
  'Bagdad', 'Damaskus', 'Aleppo', 'Beirut', 'Amman', 'Jerusalem', 'Tel Aviv', 'Riad', 'Mekka', 'Dubai', 'Abu Dhabi', 'Doha',
  'Kairo', 'Alexandria', 'Istanbul', 'Ankara', 'Izmir', 'Antalya',
  'Moskau', 'Sankt Petersburg', 'St. Petersburg', 'Kiew', 'Charkiw', 'Odessa', 'Lwiw', 'Lemberg', 'Mariupol', 'Cherson',
  'Saporischschja', 'Donezk', 'Luhansk', 'Dnipro', 'Minsk', 'Wilna', 'Vilnius', 'Riga', 'Tallinn', 'Warschau', 'Krakau',
  'Danzig', 'Breslau', 'Posen', 'Stettin', 'Prag', 'Brünn', 'Pressburg', 'Bratislava', 'Budapest', 'Laibach', 'Ljubljana',
  'Zagreb', 'Belgrad', 'Sarajevo', 'Skopje', 'Tirana', 'Podgorica', 'Pristina', 'Sofia', 'Bukarest', 'Chișinău',
  'Kischinau', 'Athen', 'Thessaloniki', 'Nikosia', 'Tiflis', 'Eriwan', 'Baku', 'Taschkent', 'Astana', 'Almaty', 'Wladiwostok',
  'Nowosibirsk', 'Jekaterinburg', 'Wolgograd', 'Kaliningrad', 'Königsberg',
  'Rom', 'Mailand', 'Neapel', 'Venedig', 'Florenz', 'Turin', 'Genua', 'Bologna', 'Palermo', 'Triest', 'Verona',
  'Madrid', 'Barcelona', 'Sevilla', 'Valencia', 'Bilbao', 'Málaga', 'Lissabon', 'Porto', 'Paris', 'Marseille', 'Lyon',
  'Toulouse', 'Nizza', 'Bordeaux', 'Straßburg', 'Lille', 'Brüssel', 'Antwerpen', 'Gent', 'Brügge', 'Lüttich', 'Löwen',
  'Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Eindhoven', 'Maastricht', 'Kopenhagen', 'Aarhus', 'Stockholm',
  'Göteborg', 'Malmö', 'Oslo', 'Bergen', 'Helsinki', 'Reykjavík', 'Dublin', 'London', 'Manchester', 'Liverpool',
  'Birmingham', 'Edinburgh', 'Glasgow', 'Belfast', 'Cardiff', 'Oxford', 'Cambridge',
  'Washington', 'New York', 'Los Angeles', 'San Francisco', 'Chicago', 'Boston', 'Seattle', 'Miami', 'Houston', 'Dallas',
  'Atlanta', 'Detroit', 'Philadelphia', 'Las Vegas', 'New Orleans', 'Denver', 'Phoenix', 'San Diego', 'Austin',
  'Toronto', 'Ottawa', 'Montreal', 'Vancouver', 'Mexiko-Stadt', 'Havanna', 'Brasília', 'Rio de Janeiro', 'São Paulo',
  'Buenos Aires', 'Santiago de Chile', 'Santiago', 'Lima', 'Bogotá', 'Caracas', 'Quito', 'La Paz', 'Montevideo',
  'Nairobi', 'Addis Abeba', 'Lagos', 'Abuja', 'Johannesburg', 'Kapstadt', 'Pretoria', 'Algier', 'Tunis', 'Tripolis',
  'Rabat', 'Casablanca', 'Khartum', 'Kinshasa', 'Dakar', 'Accra', 'Canberra', 'Sydney', 'Melbourne', 'Auckland',
  'Wellington',
];

/** Well-known organisations that are not companies: parties, institutions, agencies, courts, broadcasters, clubs. */
export const ORGANISATIONS: string[] = [
  'EU', 'Europäische Union', 'Europäischen Union', 'UN', 'UNO', 'Vereinte Nationen', 'Vereinten Nationen', 'Nato', 'NATO',
  'WHO', 'Weltgesundheitsorganisation', 'WTO', 'Welthandelsorganisation', 'IWF', 'Internationaler Währungsfonds',
  'Internationalen Währungsfonds', 'Weltbank', 'OECD', 'OPEC', 'Opec', 'G7', 'G20', 'Unesco', 'UNESCO', 'Unicef', 'UNICEF',
  'UNHCR', 'OSZE', 'Europarat', 'Interpol', 'Europol', 'Frontex', 'EZB', 'Europäische Zentralbank', 'Europäischen Zentralbank',
  'Fed', 'Federal Reserve', 'Bundesbank', 'Deutsche Bundesbank', 'Nationalbank', 'Oesterreichische Nationalbank', 'OeNB',
  'EU-Kommission', 'Europäische Kommission', 'Europäischen Kommission', 'Europaparlament',
  'Europäisches Parlament', 'Europäischen Parlament', 'EuGH', 'Europäischer Gerichtshof', 'Europäischen Gerichtshof',
  'Bundestag', 'Bundesrat', 'Bundesverfassungsgericht', 'Bundesgerichtshof', 'Bundeskanzleramt',
  'Bundeswehr', 'Bundesheer', 'Bundespolizei', 'Bundeskartellamt', 'Bundesamt für Verfassungsschutz', 'Verfassungsschutz',
  'BND', 'BKA', 'Landtag', 'Nationalrat', 'Verfassungsgerichtshof', 'VfGH', 'Verwaltungsgerichtshof', 'VwGH', 'Rechnungshof',
  'Kreml', 'Kremlin', 'Pentagon', 'Kongress', 'Senat', 'Repräsentantenhaus', 'Weißes Haus', 'Weiße Haus', 'Weißen Haus', 'FBI', 'CIA',
  'NSA', 'FDA', 'SEC', 'FTC', 'Supreme Court', 'Oberster Gerichtshof', 'Congress', 'Senate', 'White House', 'House of Representatives',
  'Parliament', 'Downing Street', 'Élysée', 'Elysée', 'Bundesanstalt für Finanzdienstleistungsaufsicht', 'Bafin', 'BaFin',
  'SPD', 'CDU', 'CSU', 'FDP', 'AfD', 'Grüne', 'Grünen', 'Die Grünen', 'Linke', 'Die Linke', 'Linkspartei', 'BSW', 'Freie Wähler',
  'ÖVP', 'SPÖ', 'FPÖ', 'Neos', 'NEOS', 'KPÖ', 'SVP', 'FDP.Die Liberalen', 'Republikaner', 'Demokraten', 'Republicans', 'Democrats',
  'Labour', 'Tories', 'Konservative Partei', 'Conservative Party', 'Hamas', 'Hisbollah', 'Taliban', 'IS', 'Al-Kaida',
  'ARD', 'ZDF', 'ORF', 'SRF', 'BBC', 'CNN', 'Reuters', 'AFP', 'dpa', 'DPA', 'APA', 'Bloomberg', 'Der Spiegel',
  'Die Zeit', 'FAZ', 'Süddeutsche Zeitung', 'Handelsblatt', 'Bild-Zeitung', 'Die Welt', 'Der Standard',
  'Kronen Zeitung', 'Die Presse', 'New York Times', 'Washington Post',
  'Wall Street Journal', 'Financial Times', 'The Guardian', 'The Economist', 'Fox News', 'NBC', 'CBS', 'ABC',
  'FIFA', 'Fifa', 'UEFA', 'Uefa', 'IOC', 'DFB', 'ÖFB', 'Bundesliga', 'Bayern München', 'FC Bayern', 'Borussia Dortmund',
  'Rapid Wien', 'Austria Wien', 'Red Bull Salzburg', 'Real Madrid', 'FC Barcelona', 'Manchester United', 'Juventus Turin',
  'United Nations', 'European Union', 'World Health Organization', 'World Trade Organization', 'International Monetary Fund',
  'World Bank', 'European Commission', 'European Parliament', 'European Central Bank', 'Bank of England', 'Bank of Japan',
  'Department of Justice', 'Justice Department', 'State Department', 'Treasury', 'Home Office', 'Foreign Office',
  'Security Council', 'UN Security Council', 'Sicherheitsrat', 'UN-Sicherheitsrat', 'Technisches Hilfswerk', 'THW',
  'Greenpeace', 'Amnesty International', 'Human Rights Watch', 'Ärzte ohne Grenzen', 'Rotes Kreuz', 'Roten Kreuz', 'Caritas',
  'Diakonie', 'Verdi', 'IG Metall', 'DGB', 'ÖGB', 'Arbeiterkammer', 'Wirtschaftskammer', 'WKO', 'AK', 'Ifo', 'Ifo-Institut',
  'DIW', 'Wifo', 'WIFO', 'IHS', 'Statistik Austria', 'Destatis', 'Statistisches Bundesamt', 'Robert Koch-Institut',
  'Robert-Koch-Institut', 'RKI', 'Harvard', 'Stanford', 'MIT', 'Oxford University', 'Universität Wien', 'TU München',
  'Max-Planck-Gesellschaft', 'Fraunhofer', 'Nasa', 'NASA', 'Esa', 'ESA', 'Wikipedia', 'Wikileaks', 'WikiLeaks',
];

/** Large companies German- and English-language news name often and that the package list misses in this form. */
export const COMPANIES_EXTRA: string[] = [
  'Deutsche Bank', 'Commerzbank', 'Deutsche Telekom', 'Telekom', 'Deutsche Bahn', 'Deutsche Post', 'DHL', 'Lufthansa',
  'Volkswagen', 'VW', 'Daimler', 'Mercedes-Benz', 'Mercedes', 'BMW', 'Audi', 'Porsche', 'Opel', 'Bosch', 'Continental',
  'Siemens', 'BASF', 'Bayer', 'Henkel', 'Adidas', 'Puma', 'Allianz', 'Munich Re', 'SAP', 'Infineon', 'Zalando', 'Aldi',
  'Lidl', 'Rewe', 'Edeka', 'Metro', 'Thyssenkrupp', 'ThyssenKrupp', 'RWE', 'Eon', 'E.on', 'EnBW', 'Uniper', 'Vonovia',
  'Tui', 'TUI', 'Wirecard', 'Airbus', 'Boeing', 'OMV', 'Voestalpine', 'voestalpine', 'Erste Group', 'Raiffeisen',
  'Raiffeisen Bank International', 'Bawag', 'Uniqa', 'Verbund', 'A1', 'Red Bull', 'Swarovski', 'KTM', 'Spar', 'Billa',
  'Hofer', 'Nestlé', 'Novartis', 'Roche', 'UBS', 'Credit Suisse', 'Swiss', 'Swatch', 'ABB', 'Glencore', 'Nokia',
  'Ericsson', 'Spotify', 'Ikea', 'IKEA', 'H&M', 'Volvo', 'Philips', 'Shell', 'BP', 'Unilever', 'Renault', 'Peugeot',
  'Stellantis', 'Fiat', 'Ferrari', 'Total', 'TotalEnergies', 'LVMH', 'Danone', 'Samsung', 'LG', 'Hyundai', 'Kia', 'Sony',
  'Toyota', 'Honda', 'Nissan', 'Huawei', 'ZTE', 'Xiaomi', 'Alibaba', 'Tencent', 'Baidu', 'Foxconn', 'TSMC', 'Apple',
  'Google', 'Alphabet', 'Amazon', 'Facebook', 'Meta', 'Instagram', 'WhatsApp', 'Twitter', 'Netflix', 'Tesla', 'SpaceX',
  'Intel', 'AMD', 'Nvidia', 'IBM', 'Cisco', 'Qualcomm', 'Uber', 'Airbnb', 'PayPal', 'Visa', 'Mastercard',
  'Coca-Cola', 'Pepsi', 'PepsiCo', 'McDonald’s', "McDonald's", 'Starbucks', 'Nike', 'Disney', 'Ford', 'General Motors',
  'GM', 'Exxon', 'ExxonMobil', 'Chevron', 'Pfizer', 'Biontech', 'BioNTech', 'Moderna', 'Johnson & Johnson', 'AstraZeneca',
  'Goldman Sachs', 'JPMorgan', 'JP Morgan', 'Morgan Stanley', 'BlackRock', 'Citigroup', 'Wells Fargo', 'OpenAI', 'Gazprom',
  'Rosneft', 'Lukoil', 'Aeroflot', 'Ryanair', 'Easyjet', 'Austrian Airlines', 'AUA', 'Air France', 'KLM', 'British Airways',
  'Emirates', 'Gucci', 'Zara', 'Inditex', 'Vodafone', 'Telefónica', 'O2', 'Deutsche Börse', 'Nasdaq', 'Dax', 'DAX', 'ATX',
];

/** Given names common in German-language news that the name packages miss (many Slavic/Arabic forms). */
export const FIRST_NAMES_EXTRA: string[] = [
  'Olaf', 'Friedrich', 'Annalena', 'Wladimir', 'Wolodymyr', 'Sergej', 'Dmitri', 'Alexej', 'Jewgeni', 'Recep', 'Emmanuel',
  'Giorgia', 'Ursula', 'Christine', 'Sebastian', 'Karl', 'Werner', 'Herbert', 'Xi', 'Jinping', 'Kim', 'Narendra',
  'Benjamin', 'Mahmud', 'Mohammed', 'Muhammad', 'Ali', 'Ahmed', 'Hassan', 'Viktor', 'Andrzej', 'Mateusz', 'Olena', 'Julija',
  'Wolfgang', 'Hans', 'Jürgen', 'Jörg', 'Björn', 'Sören', 'Søren', 'Kjell', 'Frank-Walter', 'Hans-Peter', 'Karl-Heinz',
];
