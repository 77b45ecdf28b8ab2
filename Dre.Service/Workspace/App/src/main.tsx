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
  document.documentElement.lang = host.language;
  createRoot(document.getElementById("root")!).render(<Root host={host} />);
});
