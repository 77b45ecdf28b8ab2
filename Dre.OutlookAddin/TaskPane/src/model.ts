/** The service's answers, as far as the pane reads them. */
export type MatchKind = "partner" | "ourSide" | "freeMail" | "unknown" | "invalid";

export interface EmailMatch {
  address: string;
  kind: MatchKind;
  partnerId?: string;
  partnerNameEn?: string;
  partnerNameFr?: string;
}

export interface PartnerCard {
  id: string;
  nameEn: string;
  nameFr: string;
}

export interface LoggedBy {
  userId: string;
  name: string;
  at: string;
}

export interface Contact {
  id: string;
  subject: string;
  start: string;
  partnerIds: string[];
}

export interface LookupResult {
  contactId: string;
  restricted: boolean;
  loggedBy: LoggedBy[];
}

export interface LogResult {
  contact: Contact;
  alreadyLogged: boolean;
  loggedBefore: LoggedBy[];
}

export interface SourceKey {
  iCalUid?: string;
  occurrenceStart?: string;
  internetMessageId?: string;
}
