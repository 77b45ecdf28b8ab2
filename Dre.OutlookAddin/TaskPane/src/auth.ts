import { NestedAppTokens } from "./signin/nested-app";

/** GET /addin/config.json: how this service wants the pane to sign in. */
export interface AddinConfig {
  mode: "development" | "entra";
  clientId?: string;
  apiScope?: string;
  authority?: string;
  teams?: { appId: string; entityId: string };
}

export interface TokenProvider {
  getToken(): Promise<string>;
  /** Drops a token the service refused, so that the next call signs in again. */
  forget(): void;
}

export function tokenProviderFor(config: AddinConfig, office: typeof Office): TokenProvider {
  return config.mode === "development" ? new DevelopmentTokens() : new EntraTokens(config, office);
}

/** Roles in the token, to show officers what only they may do; the service checks again. */
export function rolesOf(token: string): string[] {
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))) as { roles?: string[] };
    return payload.roles ?? [];
  } catch {
    return [];
  }
}


/**
 * Development only: tokens from the service's own issuer (/dev/token) for the user the development page picked
 * (?user=&role= on the pane's address). Kept in sessionStorage, as MSAL keeps its own.
 */
export class DevelopmentTokens implements TokenProvider {
  private readonly user: string;
  private readonly role: string;

  /** <paramref>defaults</paramref>: who signs in when the address names nobody (the pane: a staff member; the tab: an officer). */
  constructor(defaults: { user: string; role: string } = { user: "eva.schmidt@coe.int", role: "staff" }) {
    const params = new URLSearchParams(location.search);
    this.user = params.get("user") ?? defaults.user;
    this.role = params.get("role") ?? defaults.role;
  }

  private get key(): string {
    return `dre.addin.devToken:${this.user}:${this.role}`;
  }

  async getToken(): Promise<string> {
    const cached = sessionStorage.getItem(this.key);
    if (cached) {
      const { accessToken, expiresAt } = JSON.parse(cached) as { accessToken: string; expiresAt: number };
      if (expiresAt > Date.now() + 60_000) return accessToken;
    }

    const response = await fetch(`/dev/token?user=${encodeURIComponent(this.user)}&role=${encodeURIComponent(this.role)}`);
    if (!response.ok) throw new Error(`The development token endpoint answered ${response.status}.`);
    const token = (await response.json()) as { accessToken: string; expiresIn: number };
    sessionStorage.setItem(this.key, JSON.stringify({ accessToken: token.accessToken, expiresAt: Date.now() + token.expiresIn * 1000 }));
    return token.accessToken;
  }

  forget(): void {
    sessionStorage.removeItem(this.key);
  }
}

/**
 * Nested app authentication: Outlook itself signs the person in and hands MSAL a token for our API. Where the host
 * does not support it, a small Office dialog runs the MSAL redirect flow (auth.html) and passes the token back.
 */
class EntraTokens implements TokenProvider {
  private readonly nested: NestedAppTokens;
  private dialogToken?: { accessToken: string; expiresAt: number };

  constructor(
    private readonly config: AddinConfig,
    private readonly office: typeof Office,
  ) {
    this.nested = new NestedAppTokens(config);
  }

  async getToken(): Promise<string> {
    if (!this.config.clientId || !this.config.apiScope || !this.config.authority) throw new Error("The add-in is not configured.");
    return this.nestedAppAuth() ? this.nested.getToken() : this.viaDialog();
  }

  forget(): void {
    if (this.nestedAppAuth()) this.nested.forget();
    else this.dialogToken = undefined;
  }

  private nestedAppAuth(): boolean {
    return this.office.context.requirements.isSetSupported("NestedAppAuth", "1.1");
  }

  private viaDialog(): Promise<string> {
    if (this.dialogToken && this.dialogToken.expiresAt > Date.now() + 60_000) return Promise.resolve(this.dialogToken.accessToken);
    return new Promise((resolve, reject) => {
      const url = new URL("auth.html", location.href).toString();
      this.office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
        if (opened.status !== this.office.AsyncResultStatus.Succeeded) {
          reject(new Error(opened.error.message));
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(this.office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          const message = JSON.parse((arg as { message: string }).message) as { accessToken?: string; expiresOn?: number; error?: string };
          if (message.accessToken) {
            this.dialogToken = { accessToken: message.accessToken, expiresAt: message.expiresOn ?? Date.now() + 30 * 60_000 };
            resolve(message.accessToken);
          } else {
            reject(new Error(message.error ?? "Sign-in failed."));
          }
        });
        dialog.addEventHandler(this.office.EventType.DialogEventReceived, () => reject(new Error("The sign-in window was closed.")));
      });
    });
  }
}
