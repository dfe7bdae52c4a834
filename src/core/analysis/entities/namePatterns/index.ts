// German names found by their pattern in a tagged sentence, where the tagger's guess from the words alone
// falls short. Each rule takes the sentence's spans and returns them changed; eight more look at a whole
// article (clubTownsAreClubs, teamNicknamesAlone, adjacentSurnamesApart, datelinePlaces, surnamesOfFullNames,
// citedSourcesAreOrganisations, interviewAnswerersArePersons, designationsAreNoPersons). The rules live in
// rooms by theme, each saying at its head what its rules find; shared.ts holds the helpers several rooms use.
export {
  companiesInTheGenitive, designationsAreNoPersons, isLetteredDesignation, isVersionNumber, letteredPartsNameNothing, modelLettersAfterBrands,
  numberedProducts, productsWithModels, productsWithModelsTrigger, SMALL_NUMBER,
} from './products';
export {
  clubsAreOrganisations, clubTownsAreClubs, countryCodesAfterPersons, countryCodesAfterPersonsTrigger, personsWithNumberInBrackets,
  personsWithNumberInBracketsTrigger, sportsClubs, sportsClubsTrigger, teamNicknamesAlone,
} from './sports';
export {
  describedNames, describedNamesTrigger, enumeratedKinds, namesEndingInTheirKind, numberedRoads, numberedRoadsTrigger, placeCompounds,
  placeCompoundsTrigger,
} from './kinds';
export {
  institutionsFor, ministriesAreOrganisations, ministriesAreOrganisationsTrigger, namesEndBeforePurpose, partiesOfCountries,
} from './institutions';
export { adjacentSurnamesApart, englishNamesJoined, namesApartAtDashes, personsAmongPersons, personsInLineUps } from './lists';
export { datelinePlaces } from './datelines';
export { citedSourcesAreOrganisations } from './sources';
export { interviewAnswerersArePersons } from './interviews';
export { surnamesOfFullNames } from './fullNames';
export { genitivesEndNames } from './genitives';
export {
  currenciesNamed, currenciesNamedTrigger, languagesNamed, languagesNamedTrigger, webAddressesNamed, webAddressesNamedTrigger,
} from './words';
export { shortFormsInBrackets } from './shortForms';
export { isCountedNoun, isGivenName, STARTS_CAPITALISED_WORD, type SentenceWords, type WordTrigger } from './shared';
