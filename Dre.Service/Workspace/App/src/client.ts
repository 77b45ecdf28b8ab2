import { Api } from "../../../../Dre.OutlookAddin/TaskPane/src/api";
import { DevelopmentTokens } from "../../../../Dre.OutlookAddin/TaskPane/src/auth";

/** The same API client and development sign-in as the task pane (?user=&role= pick the development identity). */
export const api = new Api(new DevelopmentTokens());

export interface PartnerCard {
  id: string;
  nameEn: string;
  nameFr: string;
  kind: string;
  portfolio: string;
  aliases: string[];
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

export interface Contact {
  id: string;
  kind: string;
  start: string;
  subject: string;
  summary?: string | null;
  partnerIds: string[];
}
