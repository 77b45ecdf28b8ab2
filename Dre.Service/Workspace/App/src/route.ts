import { useEffect, useState } from "react";

/** The pages' addresses (#/partners, #/partners/{id}, #/contacts/{id}): the Teams deep links behind cards' "Open". */
export type Route = { page: "partners" } | { page: "partner"; id: string } | { page: "contact"; id: string };

export function parseRoute(hash: string): Route {
  const [, page, id] = hash.replace(/^#/, "").split("/").map(decodeURIComponent);
  if (page === "partners" && id) return { page: "partner", id };
  if (page === "contacts" && id) return { page: "contact", id };
  return { page: "partners" };
}

export const hrefOf = (route: Route): string =>
  route.page === "partners" ? "#/partners" : `#/${route.page === "partner" ? "partners" : "contacts"}/${encodeURIComponent(route.id)}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const changed = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return route;
}
