import { useEffect, useState } from "react";
import { api, type PartnerCard, type PartnerSearchResult } from "./client";
import { useLoad, type Load } from "./useLoad";

/**
 * The resolver's answer (aliases, acronyms, typos) to what the person is typing, asked a quarter of a second after
 * they pause; an empty text asks for the whole directory. The match, if any, comes first.
 */
export function usePartnerSearch(typed: string): Load<PartnerCard[]> {
  const [query, setQuery] = useState("");
  useEffect(() => {
    const wait = setTimeout(() => setQuery(typed.trim()), 250);
    return () => clearTimeout(wait);
  }, [typed]);
  const [load] = useLoad(() => api.get<PartnerSearchResult>(`/api/partners${query ? `?q=${encodeURIComponent(query)}` : ""}`), [query]);
  return load.state === "ready" ? { ...load, value: [...(load.value.match ? [load.value.match] : []), ...load.value.candidates] } : load;
}
