import type { Language } from "../../locales";
import type { PartnerCard } from "../../client";
import type { Count } from "../reports/counts";

/** The digest as GET /api/digest/preview answers it: the week in progress, as the reader may see it. */
export interface DigestPartner {
  id: string;
  portfolio: string;
  name: { en: string; fr: string };
}

export interface DigestContact {
  contactId: string;
  kind: string;
  start: string;
  subject: string;
  partnerIds: string[];
  coeParticipants: { name: string; mae?: string | null }[];
  loggedBy: string[];
}

export interface DigestFollowUp {
  contactId: string;
  followUpId: string;
  text: string;
  owner?: string | null;
  ownerName?: string | null;
  due?: string | null;
  contactSubject: string;
  contactStart: string;
  partnerIds: string[];
}

export interface PortfolioDigest {
  portfolio: string;
  /** A body under another partner carries its family's head (the EU for the EEAS), to be labelled with it. */
  partners: { partner: DigestPartner; contacts: DigestContact[]; family?: DigestPartner | null }[];
  overlaps: { partner: DigestPartner; first: DigestContact; second: DigestContact }[];
  newFollowUps: DigestFollowUp[];
  overdueFollowUps: DigestFollowUp[];
  planned: DigestContact[];
  /** The planned contacts that overlap another contact of the same partner or family by another MAE, with that one. */
  plannedOverlaps: PlannedOverlap[];
  quietPartners: DigestPartner[];
}

export interface PlannedOverlap {
  contactId: string;
  partner: DigestPartner;
  other: DigestContact;
}

export interface WeeklyDigest {
  frequency: string;
  from: string;
  to: string;
  portfolios: PortfolioDigest[];
  chart: { week: string; contacts: Record<string, number> }[];
  quietAfterWeeks: number;
}

export const digestPath = "/api/digest/preview";

export interface DigestFilter {
  portfolio: string;
  partner: string;
}

export const allPortfolios = "all";

/** Lower-case and without accents, so that "maroc" finds "Maroc" and "etats" finds "États". */
const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Partners' names by id, in both languages. */
export type PartnerNames = Map<string, { en: string; fr: string }>;

/**
 * The names of every partner the page may name: the directory's, since a follow-up or a planned contact names its
 * partners by id alone, and those the digest gives (a partner archived since is still named there).
 */
export function namesOf(digest: WeeklyDigest, directory: PartnerCard[]): PartnerNames {
  const given = digest.portfolios.flatMap((p) => [...p.partners.map((a) => a.partner), ...p.quietPartners, ...p.overlaps.map((o) => o.partner)]);
  return new Map([...directory.map((c) => [c.id, { en: c.nameEn, fr: c.nameFr }] as const), ...given.map((p) => [p.id, p.name] as const)]);
}

/**
 * The digest's portfolios the filter keeps, each cut down to the partners whose name (in either language) holds the
 * text: an item of a list stays when one of its partners is so named.
 */
export function filterDigest(digest: WeeklyDigest, filter: DigestFilter, names: PartnerNames): PortfolioDigest[] {
  const words = folded(filter.partner.trim());
  const keep = (p: PortfolioDigest) => filter.portfolio === allPortfolios || p.portfolio === filter.portfolio;
  if (!words) return digest.portfolios.filter(keep);
  const named = (id: string) => folded(`${names.get(id)?.en ?? ""} ${names.get(id)?.fr ?? ""} ${id}`).includes(words);
  const anyNamed = (ids: string[]) => ids.some(named);
  return digest.portfolios.filter(keep).map((p) => ({
    ...p,
    partners: p.partners.filter((a) => named(a.partner.id)),
    overlaps: p.overlaps.filter((o) => named(o.partner.id)),
    newFollowUps: p.newFollowUps.filter((f) => anyNamed(f.partnerIds)),
    overdueFollowUps: p.overdueFollowUps.filter((f) => anyNamed(f.partnerIds)),
    planned: p.planned.filter((c) => anyNamed(c.partnerIds)),
    plannedOverlaps: p.plannedOverlaps.filter((o) => p.planned.some((c) => c.contactId === o.contactId && anyNamed(c.partnerIds))),
    quietPartners: p.quietPartners.filter((q) => named(q.id)),
  }));
}

/** The headline: a contact listed under two partners happened once, so contacts are counted by id. */
export function headline(portfolios: PortfolioDigest[]) {
  const sum = (of: (p: PortfolioDigest) => number) => portfolios.reduce((a, p) => a + of(p), 0);
  return {
    contacts: new Set(portfolios.flatMap((p) => p.partners.flatMap((a) => a.contacts.map((c) => c.contactId)))).size,
    partners: sum((p) => p.partners.length),
    overlaps: sum((p) => p.overlaps.length),
    newFollowUps: sum((p) => p.newFollowUps.length),
    overdue: sum((p) => p.overdueFollowUps.length),
    planned: sum((p) => p.planned.length),
    quiet: sum((p) => p.quietPartners.length),
  };
}

/** The service names portfolios in camel case; a dictionary's keys may come as the enum's names: read both alike. */
const portfolioKey = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

/** Contacts per week, over the portfolios the filter keeps, oldest week first: what the chart draws. */
export function weekCounts(digest: WeeklyDigest, portfolio: string): Count[] {
  return digest.chart.map((w) => ({
    key: w.week,
    count: Object.entries(w.contacts).filter(([k]) => portfolio === allPortfolios || portfolioKey(k) === portfolio).reduce((a, [, n]) => a + n, 0),
  }));
}

/** Those who met, with their MAE when known; who logged it otherwise. */
export const peopleOf = (c: DigestContact) =>
  c.coeParticipants.length > 0 ? c.coeParticipants.map((p) => (p.mae ? `${p.name} (${p.mae})` : p.name)).join(", ") : c.loggedBy.join(", ");

/** The Monday (UTC) an ISO week key ("2026-W48") begins on: the chart's labels. */
export function mondayOfWeek(key: string): string {
  const [year, week] = key.split("-W").map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return monday.toISOString();
}

/** A day of the digest's period: the period runs from midnight to midnight in Paris, whatever the reader's clock says. */
export const parisDay = (iso: string, language: Language) =>
  new Date(iso).toLocaleDateString(language === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeZone: "Europe/Paris" });
