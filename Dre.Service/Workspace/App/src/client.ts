import { Api } from "../../../../Dre.OutlookAddin/TaskPane/src/api";
import type { TokenProvider } from "../../../../Dre.OutlookAddin/TaskPane/src/auth";

let chosen: TokenProvider | undefined;
let choose: (tokens: TokenProvider) => void = () => {};
const signedIn = new Promise<TokenProvider>((resolve) => (choose = resolve));

/** Picks how the tab signs in (signin.ts), once its host and the service's configuration are known. */
export function signInWith(tokens: TokenProvider): void {
  chosen = tokens;
  choose(tokens);
}

/** The same API client as the task pane; its calls wait for the sign-in to be chosen. */
export const api = new Api({ getToken: async () => (await signedIn).getToken(), forget: () => chosen?.forget() });

export interface PartnerCard {
  id: string;
  nameEn: string;
  nameFr: string;
  kind: string;
  portfolio: string;
  aliases: string[];
  parentId?: string | null;
  archived: boolean;
}

export interface PartnerSearchResult {
  match: PartnerCard | null;
  candidates: PartnerCard[];
}

export interface Partner {
  id: string;
  kind: string;
  portfolio: string;
  name: { en: string; fr: string };
  aliases: string[];
  relation: { summary?: { en: string; fr: string } | null; observerSince?: string | null; memberships: string[]; conventions: string[] };
  stateOfPlay: { text: string; author: string; updatedAt: string } | null;
}

export interface ContactSummary {
  contactId: string;
  kind: string;
  start: string;
  subject: string;
}

export interface OpenFollowUp {
  contactId: string;
  followUpId: string;
  text: string;
  ownerName?: string | null;
  due?: string | null;
}

export interface PartnerStatus {
  partner: Partner;
  parent: Partner | null;
  latestContacts: ContactSummary[];
  plannedContacts: ContactSummary[];
  openFollowUps: OpenFollowUp[];
}

export interface CoeParticipant {
  name: string;
  email?: string | null;
  mae?: string | null;
}

/** A contact as GET /api/contacts lists it: only those the reader may see. */
export interface ContactListItem extends ContactSummary {
  partnerIds: string[];
  coeParticipants: CoeParticipant[];
  loggedBy: string[];
  confidentiality: string;
}

export interface Contact {
  id: string;
  kind: string;
  start: string;
  subject: string;
  summary?: string | null;
  partnerIds: string[];
  coeParticipants: CoeParticipant[];
  loggers: { userId: string; name: string; at: string }[];
  confidentiality: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One change of a contact (GET /api/contacts/{id}/history): a hidden one names its fields only. */
export interface AuditEntry {
  at: string;
  actor: { id: string; name: string };
  origin: string;
  action: string;
  changes: FieldChange[];
  revision?: number | null;
  hidden: boolean;
  purged: boolean;
}
