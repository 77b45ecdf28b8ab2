import { PublicClientApplication } from "@azure/msal-browser";
import type { AddinConfig } from "./auth";

// The Office dialog fallback: runs MSAL's redirect flow in its own window and hands the token back to the pane.
Office.onReady(async () => {
  const reply = (message: object) => Office.context.ui.messageParent(JSON.stringify(message));
  try {
    const config = (await (await fetch("config.json")).json()) as AddinConfig;
    const client = new PublicClientApplication({
      auth: { clientId: config.clientId!, authority: config.authority!, redirectUri: location.origin + location.pathname },
      cache: { cacheLocation: "sessionStorage" },
    });
    await client.initialize();
    const request = { scopes: [config.apiScope!] };
    const redirected = await client.handleRedirectPromise();
    if (redirected) {
      reply({ accessToken: redirected.accessToken, expiresOn: redirected.expiresOn?.getTime() });
      return;
    }
    const account = client.getAllAccounts()[0];
    if (account) {
      const silent = await client.acquireTokenSilent({ ...request, account });
      reply({ accessToken: silent.accessToken, expiresOn: silent.expiresOn?.getTime() });
      return;
    }
    await client.acquireTokenRedirect(request);
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
});
