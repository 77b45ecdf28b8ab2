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

export type ContactStatus = "logged" | "held" | "cancelled";

export interface Contact {
  id: string;
  subject: string;
  start: string;
  end?: string;
  partnerIds: string[];
  /** Left out by the service while the contact is simply logged. */
  status?: ContactStatus;
  version?: string;
}

export interface LookupResult {
  contactId: string;
  restricted: boolean;
  loggedBy: LoggedBy[];
  /** Absent for a restricted contact the reader may not see. */
  contact?: Contact;
  /** Whether the reader may mark it held, move or cancel it (its loggers and DRE officers). */
  mayChangePlan: boolean;
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
