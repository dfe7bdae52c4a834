// German verbs that report speech ("sagte", "teilte … mit", "hat mitgeteilt"): claim attribution finds
// who said something by them, and the entity rules take a bare name beside a singular one for a person.

/** Reporting verbs: present and past in the third person, a few infinitives, and participles of the perfect. */
export const GERMAN_SAYING: ReadonlySet<string> = new Set([
  'sagte', 'sagten', 'sagt', 'erklärte', 'erklärten', 'erklärt', 'betonte', 'betonten', 'betont',
  'berichtete', 'berichteten', 'berichtet', 'meldete', 'meldeten', 'meldet', 'schrieb', 'schreibt',
  'teilte', 'teilten', 'teilt', 'kündigte', 'kündigten', 'kündigt', 'warnte', 'warnten', 'warnt',
  'bestätigte', 'bestätigten', 'bestätigt', 'versicherte', 'versichert', 'versprach', 'verspricht',
  'räumte', 'räumt', 'fügte', 'ergänzte', 'ergänzt', 'kritisierte', 'kritisiert', 'forderte',
  'fordert', 'forderten', 'mahnte', 'mahnt', 'bekräftigte', 'verkündete', 'verkündet', 'behauptete',
  'behauptet', 'erläuterte', 'unterstrich', 'zitierte', 'verwies', 'argumentierte', 'wirft', 'warf',
  'bezweifelt', 'bezweifelte', 'dementierte', 'dementiert', 'sprach', 'spricht', 'kommentierte',
  'äußerte', 'hieß', 'heißt', 'sagen', 'erklären', 'berichten',
  // Participles of the perfect ("Die Stadt hat mitgeteilt, …"); the ones that are also present forms are above.
  'gesagt', 'mitgeteilt', 'angekündigt', 'gemeldet', 'geschrieben', 'gewarnt', 'eingeräumt', 'bekräftigt',
  'gefordert',
]);

/**
 * The third-person singular ones ("sagt", "sagte"), and the "so" of ", so Muster": a noun beside one is
 * someone, for a plural noun takes the plural verb ("sagten") and a singular one its article.
 */
export const GERMAN_SAYING_SINGULAR: ReadonlySet<string> = new Set(['so', ...[...GERMAN_SAYING].filter(verb => !verb.endsWith('en'))]);
