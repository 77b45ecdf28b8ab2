import { Api } from "./api";
import { type AddinConfig, tokenProviderFor } from "./auth";
import { h } from "./dom";
import { languageOf, translator } from "./i18n";
import { readOutlookItem } from "./office-item";
import { TaskPane } from "./pane/task-pane";

/** The task pane's entry: Office ready, the item read, the service's sign-in settings fetched, then the pane. */
async function main(): Promise<void> {
  await Office.onReady();
  const language = languageOf(Office.context.displayLanguage);
  const t = translator(language);
  document.documentElement.lang = language;
  const root = document.getElementById("app")!;
  const item = readOutlookItem(Office);
  if (!item) {
    root.replaceChildren(h("p", { class: "message message-warning" }, t("errorNoItem")));
    return;
  }
  let config: AddinConfig;
  try {
    config = (await (await fetch("config.json")).json()) as AddinConfig;
  } catch {
    root.replaceChildren(h("p", { class: "message message-error", role: "alert" }, t("errorConfig")));
    return;
  }
  const tokens = tokenProviderFor(config, Office);
  await new TaskPane(root, item, config, tokens, new Api(tokens), language, t).start();
}

void main();
