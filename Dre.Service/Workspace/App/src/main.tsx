import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import { hostContext, onThemeChange, type HostContext } from "./host";
import { Shell } from "./Shell";
import { signInWith } from "./client";
import { signInConfig, tokensFor } from "./signin";

const themes = { default: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

function Root({ host }: { host: HostContext }) {
  const [theme, setTheme] = useState(host.theme);
  useEffect(() => {
    if (host.inTeams) onThemeChange(setTheme);
  }, [host.inTeams]);
  return (
    <FluentProvider theme={themes[theme]} style={{ minHeight: "100vh" }}>
      <Shell host={host} />
    </FluentProvider>
  );
}

void Promise.all([hostContext(), signInConfig()]).then(([host, config]) => {
  signInWith(tokensFor(host, config));
  // A card's "Open" button in Teams opens the tab at its start address (#/partners) with the page it meant in the
  // context: go there before the first render.
  if (host.page) history.replaceState(null, "", `#/${host.page}`);
  document.documentElement.lang = host.language;
  createRoot(document.getElementById("root")!).render(<Root host={host} />);
});
