import { samples, sampleStart, sampleUsers } from "./samples";

// The development page: pick a simulated Outlook item, a user and a language; the real task pane runs beside it.
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const itemSelect = byId<HTMLSelectElement>("item");
const userSelect = byId<HTMLSelectElement>("user");
const langSelect = byId<HTMLSelectElement>("lang");
const pane = byId<HTMLIFrameElement>("pane");
const reading = byId<HTMLElement>("reading");
const params = new URLSearchParams(location.search);
let copy = params.get("copy") ?? "";

for (const s of samples) itemSelect.add(new Option(s.label, s.key));
for (const u of sampleUsers) userSelect.add(new Option(`${u.email} (${u.role})`, `${u.email}|${u.role}`));
itemSelect.value = params.get("item") ?? samples[0].key;
langSelect.value = params.get("lang") ?? "en-GB";

function show(): void {
  const sample = samples.find((s) => s.key === itemSelect.value) ?? samples[0];
  const [user, role] = userSelect.value.split("|");
  const query = new URLSearchParams({ item: sample.key, user, role, lang: langSelect.value });
  if (copy) query.set("copy", copy);
  pane.src = `dev-pane.html?${query}`;
  history.replaceState(null, "", `?${query}`);

  const people = [sample.organizer ?? sample.from, ...(sample.required ?? []), ...(sample.optional ?? []), ...(sample.to ?? []), ...(sample.cc ?? [])];
  const heading = document.createElement("h2");
  heading.textContent = sample.subject;
  const when = document.createElement("p");
  when.textContent = sampleStart(sample).toLocaleString(langSelect.value);
  const list = document.createElement("ul");
  for (const p of people) {
    if (!p) continue;
    const li = document.createElement("li");
    li.textContent = `${p.name} <${p.email}>`;
    list.append(li);
  }
  reading.replaceChildren(heading, when, list);
}

const user = params.get("user");
if (user) userSelect.value = `${user}|${params.get("role") ?? "staff"}`;
for (const select of [itemSelect, userSelect, langSelect]) select.addEventListener("change", show);
byId<HTMLButtonElement>("fresh").addEventListener("click", () => {
  copy = Math.random().toString(36).slice(2, 8);
  show();
});
show();
