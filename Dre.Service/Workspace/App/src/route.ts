import { useEffect, useState } from "react";

/**
 * The pages' addresses (#/partners, #/partners/{id}, #/contacts/{id}): the Teams deep links behind cards' "Open";
 * #/portfolios/{id} is a channel tab's content, #/config its configuration page, #/ahead[/{portfolio}] the outlook ahead,
 * #/export and #/import the files of contacts, #/admin/partners[/{id}] the directory's administration, #/admin/domains
 * the triage of e-mail domains no partner has, #/reports the counts of contacts over a period, #/digest the week's
 * digest in full (the digest card's "Open the full digest").
 */
export type Route =
  | { page: "partners" }
  | { page: "partner"; id: string }
  | { page: "contact"; id: string }
  | { page: "portfolio"; id: string }
  | { page: "ahead"; id?: string }
  | { page: "config" }
  | { page: "export" }
  | { page: "import" }
  | { page: "admin"; id?: string }
  | { page: "domains" }
  | { page: "reports" }
  | { page: "digest" };

export function parseRoute(hash: string): Route {
  const [, page, id, sub] = hash.replace(/^#/, "").split("/").map(decodeURIComponent);
  // The administration's address names what it administers, so that other directories can join it.
  if (page === "admin" && id === "domains") return { page: "domains" };
  if (page === "admin") return sub ? { page: "admin", id: sub } : { page: "admin" };
  if (page === "partners" && id) return { page: "partner", id };
  if (page === "contacts" && id) return { page: "contact", id };
  if (page === "portfolios" && id) return { page: "portfolio", id };
  if (page === "config" || page === "export" || page === "import" || page === "reports" || page === "digest") return { page };
  if (page === "ahead") return id ? { page: "ahead", id } : { page: "ahead" };
  return { page: "partners" };
}

const folders = { partner: "partners", contact: "contacts", portfolio: "portfolios" } as const;

export const hrefOf = (route: Route): string => {
  if (route.page === "admin") return route.id ? `#/admin/partners/${encodeURIComponent(route.id)}` : "#/admin/partners";
  if (route.page === "domains") return "#/admin/domains";
  if (route.page === "ahead") return route.id ? `#/ahead/${encodeURIComponent(route.id)}` : "#/ahead";
  // The pages that take no id: their address is their name.
  if (!("id" in route)) return `#/${route.page}`;
  return `#/${folders[route.page]}/${encodeURIComponent(route.id)}`;
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const changed = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return route;
}
