// A stand-in for the Teams client, for the tab's tests: it frames the tab and answers what teams-js asks its host
// (initialize, getContext) and what MSAL asks through the nested app authentication bridge that teams-js installs.
// Tokens come from the test (the service's development issuer); window.naaCalls records each bridge request.
(() => {
  const standIn = JSON.parse(document.getElementById("stand-in").textContent);
  const frame = document.getElementById("tab");
  const calls = (window.naaCalls = []);
  // teams-js installs the bridge only for a host whose answer to initialize says it supports nested app auth.
  const runtime = JSON.stringify({ apiVersion: 4, isNAAChannelRecommended: true, supports: { nestedAppAuth: {} } });
  const claims = (jwt) => JSON.parse(atob(jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));

  const tokenFor = (accessToken) => {
    const c = claims(standIn.token);
    return {
      token: { access_token: accessToken, id_token: standIn.token, expires_in: 3600, scope: standIn.scope, token_type: "Bearer" },
      account: { homeAccountId: `${c.oid}.${c.tid}`, environment: "dre-collab.localhost", tenantId: c.tid, localAccountId: c.oid, username: c.preferred_username, name: c.name },
    };
  };

  // What the host answers: the silent request ("GetToken") and the popup ("GetTokenPopup"), per the test's scenario.
  const answer = (request) => {
    if (request.method === "GetInitContext") {
      return { success: true, initContext: { sdkName: "dre-teams-stand-in", sdkVersion: "1.0.0", capabilities: { queryAccount: false }, accountContext: null } };
    }
    const silent = request.method === "GetToken";
    const outcome = silent ? standIn.silent : standIn.popup;
    if (outcome === "token") return { success: true, ...tokenFor(standIn.token) };
    // "refused-until-refresh": a token the service refuses, until MSAL asks past its cache (forceRefresh).
    if (outcome === "refused-until-refresh") {
      return { success: true, ...tokenFor(request.tokenParams.forceRefresh ? standIn.token : standIn.refusedToken) };
    }
    return { success: false, error: { status: outcome, code: outcome.toLowerCase(), description: "The stand-in host says " + outcome } };
  };

  addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow || !event.data || typeof event.data !== "object") return;
    const message = event.data;
    const reply = (args) => frame.contentWindow.postMessage({ id: message.id, uuid: message.uuid, args }, event.origin);
    switch (message.func) {
      case "initialize":
        reply(["content", "web", runtime, runtime]);
        break;
      case "getContext":
        reply([{ locale: standIn.locale, theme: "default", entityId: "partners", frameContext: "content", hostName: "Teams", appSessionId: "stand-in" }]);
        break;
      case "nestedAppAuth.execute": {
        const request = JSON.parse(message.data);
        calls.push({ method: request.method, forceRefresh: !!request.tokenParams?.forceRefresh });
        const envelope = { messageType: "NestedAppAuthResponse", requestId: request.requestId, ...answer(request) };
        reply([null, JSON.stringify(envelope)]);
        break;
      }
    }
  });
  frame.src = standIn.tab;
})();
