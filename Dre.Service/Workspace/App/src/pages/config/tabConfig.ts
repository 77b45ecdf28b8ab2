import type { Texts } from "../../locales";

/** What a channel tab pinned to a portfolio saves through pages.config: Teams opens contentUrl in the channel. */
export interface TabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

export function tabConfigOf(portfolio: string, appUrl: string, t: Texts): TabConfig {
  const url = `${appUrl}#/portfolios/${encodeURIComponent(portfolio)}`;
  return { entityId: `portfolio-${portfolio}`, contentUrl: url, websiteUrl: url, suggestedDisplayName: t.portfolioTab(t.portfolio[portfolio] ?? portfolio) };
}

/** The portfolio an existing tab was pinned to, when Teams reopens its configuration (canUpdateConfiguration). */
export const portfolioOfEntity = (entityId: string | undefined): string | null =>
  entityId?.startsWith("portfolio-") ? entityId.slice("portfolio-".length) : null;
