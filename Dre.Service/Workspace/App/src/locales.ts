/** The tab's texts; French for each English one (the type makes a missing key a compile error). */
export const en = {
  title: "DRE workspace",
  partners: "Partners",
  search: "Search a partner (name, acronym, alias)",
  noMatch: "No partner matches.",
  loading: "Loading…",
  stateOfPlay: "State of play",
  none: "None.",
  latestContacts: "Latest contacts",
  openFollowUps: "Open follow-ups",
  complete: "Mark done",
  completed: "Done.",
  parent: "Part of",
  back: "All partners",
  signedOut: "You are signed out. Reload the page to sign in again.",
  failed: "The service could not answer. Try again.",
  notFound: "Not found, or not visible to you.",
  asStaff: "Try as staff",
  asOfficer: "Back to DRE officer",
  language: "Français",
  kind: {
    organisation: "Organisation", institution: "Institution", observerState: "Observer state",
    neighbourhoodState: "Neighbourhood state", nonMemberState: "Non-member state",
    subRegionalInitiative: "Sub-regional initiative", liaisonOffice: "Liaison office",
  } as Record<string, string>,
  portfolio: {
    eu: "European Union", osce: "OSCE", un: "United Nations", observerStates: "Observer states",
    neighbourhood: "Neighbourhood", otherOrganisations: "Other organisations", subRegional: "Sub-regional",
  } as Record<string, string>,
};

export type Texts = typeof en;

export const fr: Texts = {
  title: "Espace DRE",
  partners: "Partenaires",
  search: "Chercher un partenaire (nom, sigle, alias)",
  noMatch: "Aucun partenaire ne correspond.",
  loading: "Chargement…",
  stateOfPlay: "État des lieux",
  none: "Aucun.",
  latestContacts: "Derniers contacts",
  openFollowUps: "Suites à donner ouvertes",
  complete: "Marquer comme fait",
  completed: "Fait.",
  parent: "Fait partie de",
  back: "Tous les partenaires",
  signedOut: "Vous êtes déconnecté. Rechargez la page pour vous reconnecter.",
  failed: "Le service n'a pas pu répondre. Réessayez.",
  notFound: "Introuvable, ou non visible pour vous.",
  asStaff: "Essayer en tant que personnel",
  asOfficer: "Revenir en agent DRE",
  language: "English",
  kind: {
    organisation: "Organisation", institution: "Institution", observerState: "État observateur",
    neighbourhoodState: "État du voisinage", nonMemberState: "État non membre",
    subRegionalInitiative: "Initiative sous-régionale", liaisonOffice: "Bureau de liaison",
  },
  portfolio: {
    eu: "Union européenne", osce: "OSCE", un: "Nations unies", observerStates: "États observateurs",
    neighbourhood: "Voisinage", otherOrganisations: "Autres organisations", subRegional: "Sous-régional",
  },
};

export type Language = "en" | "fr";
export const textsFor = (language: Language): Texts => (language === "fr" ? fr : en);
