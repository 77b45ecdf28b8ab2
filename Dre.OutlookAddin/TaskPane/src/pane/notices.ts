import { h } from "../dom";
import { formatDate } from "../i18n";
import type { PaneContext } from "./context";
import type { BannerAction } from "./failures";

export interface Banner {
  kind: "error" | "info";
  text: string;
  action?: BannerAction;
}

export function renderBanner(banner: Banner | undefined): HTMLElement | null {
  if (!banner) return null;
  const action = banner.action;
  return h(
    "div",
    { class: `message message-${banner.kind}`, role: "alert", "data-testid": "banner" },
    h("span", {}, banner.text),
    action ? h("button", { type: "button", class: "button button-secondary", onclick: () => action.run() }, action.label) : null,
  );
}

/** Who logged this item already; a restricted contact the reader may not see says only that it exists. */
export function renderAlreadyLogged(pane: PaneContext): HTMLElement | null {
  const lookup = pane.lookup;
  if (!lookup) return null;
  if (lookup.restricted) return h("p", { class: "message message-info", role: "status", "data-testid": "already-logged" }, pane.t("alreadyLoggedRestricted"));
  const names = lookup.loggedBy.map((l) => `${l.name} (${formatDate(pane.language, new Date(l.at))})`).join(", ");
  return h(
    "div",
    { class: "message message-info", role: "status", "data-testid": "already-logged" },
    h("strong", {}, pane.t("alreadyLoggedBy", { names })),
    h("span", {}, " " + pane.t("alreadyLoggedOffer")),
  );
}
