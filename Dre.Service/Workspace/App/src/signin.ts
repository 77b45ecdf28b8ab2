import { type AddinConfig, DevelopmentTokens, type TokenProvider } from "../../../../Dre.OutlookAddin/TaskPane/src/auth";
import { NestedAppTokens } from "../../../../Dre.OutlookAddin/TaskPane/src/signin/nested-app";
import type { HostContext } from "./host";

/**
 * How the tab signs in. Inside Teams: nested app authentication, with the task pane's settings (GET /addin/config.json)
 * and its code. In a plain browser in Development: the development token, as a DRE officer unless the address asks for
 * someone else (?user=&role=, the "Try as staff" switch).
 */
export function tokensFor(host: HostContext, config: AddinConfig): TokenProvider {
  if (!host.inTeams && config.mode === "development") return new DevelopmentTokens({ user: "anne.dupont@coe.int", role: "officer" });
  return new NestedAppTokens(config);
}

/** The service's sign-in settings; unreadable, they are none, and sign-in then fails with its message. */
export async function signInConfig(): Promise<AddinConfig> {
  try {
    const response = await fetch("/addin/config.json");
    if (response.ok) return (await response.json()) as AddinConfig;
  } catch {
    // Offline or the service down: the pages say so on their first call.
  }
  return { mode: "entra" };
}
