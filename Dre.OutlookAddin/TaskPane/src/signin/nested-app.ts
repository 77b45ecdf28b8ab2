import { createNestablePublicClientApplication, InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";
import type { TokenProvider } from "../auth";

/** What MSAL needs from the service's configuration (GET /addin/config.json) to ask for the API's token. */
export interface SignInSettings {
  clientId?: string;
  apiScope?: string;
  authority?: string;
}

/**
 * Nested app authentication, shared by the task pane (Outlook) and the workspace tab (Teams): the host signs the
 * person in and brokers MSAL a token for our API. Silent first; a popup only when the host says interaction is
 * required (consent, a new sign-in), never for any other failure, which is the caller's to explain.
 */
export class NestedAppTokens implements TokenProvider {
  private client?: Promise<IPublicClientApplication>;
  /** Set when the service refused the last token: the next one must not come from MSAL's cache. */
  private refused = false;

  constructor(private readonly settings: SignInSettings) {}

  async getToken(): Promise<string> {
    const { clientId, apiScope, authority } = this.settings;
    if (!clientId || !apiScope || !authority) throw new Error("Sign-in is not configured.");
    const client = await this.clientFor(clientId, authority);
    const scopes = [apiScope];
    let token: string;
    try {
      token = (await client.acquireTokenSilent({ scopes, forceRefresh: this.refused })).accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
      token = (await client.acquireTokenPopup({ scopes })).accessToken;
    }
    this.refused = false;
    return token;
  }

  forget(): void {
    this.refused = true;
  }

  private clientFor(clientId: string, authority: string): Promise<IPublicClientApplication> {
    // A failed start (no bridge yet, a host hiccup) is not kept: the next call tries again.
    this.client ??= createNestablePublicClientApplication({ auth: { clientId, authority } }).catch((error: unknown) => {
      this.client = undefined;
      throw error;
    });
    return this.client;
  }
}
