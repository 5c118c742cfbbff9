// Camino phone page: shows the pathway a kiosk put in this link's #fragment.
// The fragment never leaves the phone (browsers do not send it to servers). Directory text is
// always inserted as text (textContent), never as HTML.
"use strict";
(function () {
  const current = JSON.parse(document.getElementById("current").textContent);
  const LANGS = Object.keys(current.languages);
  const $ = (id) => document.getElementById(id);
  let code = null; // {language, version, groups: [{step, services}]} or null
  let language = "en";

  // --- the link's code: LANG.VERSION.WIDTHS.GROUP.GROUP… (kiosk/phone_link.py writes it) ---------
  function parseCode(hash) {
    const parts = decodeURIComponent(hash.replace(/^#/, "")).toUpperCase().split(".");
    if (parts.length < 3 || !/^[1-9][1-9]$/.test(parts[2])) return null;
    const lang = LANGS.find((l) => l.split("_")[0].toUpperCase() === parts[0]);
    const version = parseInt(parts[1], 36);
    const ws = Number(parts[2][0]);
    const wv = Number(parts[2][1]);
    const groups = [];
    for (const group of parts.slice(3)) {
      if (!/^[0-9A-Z]+$/.test(group) || group.length < ws || (group.length - ws) % wv) return null;
      const services = [];
      for (let i = ws; i < group.length; i += wv) services.push(parseInt(group.slice(i, i + wv), 36));
      groups.push({ step: parseInt(group.slice(0, ws), 36), services: services });
    }
    if (!lang || !(version > 0)) return null;
    return { language: lang, version: version, groups: groups };
  }

  function languageFromPhone() {
    const wanted = (navigator.languages || [navigator.language || "en"]).map((l) => l.replace("-", "_"));
    for (const w of wanted) {
      const hit = LANGS.find((l) => l === w) || LANGS.find((l) => l.split("_")[0] === w.split("_")[0]);
      if (hit) return hit;
    }
    return "en";
  }

  async function getJSON(url) {
    const response = await fetch(url, { credentials: "omit", referrerPolicy: "no-referrer" });
    if (!response.ok) throw new Error(url + ": " + response.status);
    return response.json();
  }

  // --- small DOM helpers ----------------------------------------------------------------------
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function englishMark(node, words) {
    // The directory has no translation: say so, and let a screen reader read it as English.
    node.lang = "en";
    node.dir = "ltr";
    const mark = el("span", " " + words.in_english, "in-english");
    mark.lang = language.replace("_", "-");
    node.appendChild(mark);
    return node;
  }

  function telHref(phone) {
    const [number, ext] = phone.split(/\s*ext\.?\s*/i);
    const digits = number.replace(/[^0-9+]/g, "");
    return "tel:" + digits + (ext ? "," + ext.replace(/[^0-9]/g, "") : "");
  }

  function mapHref(address) {
    const q = encodeURIComponent(address);
    if (/iPhone|iPad|iPod|Macintosh/.test(navigator.userAgent)) return "https://maps.apple.com/?q=" + q;
    if (/Android/.test(navigator.userAgent)) return "geo:0,0?q=" + q;
    return "https://www.openstreetmap.org/search?query=" + q;
  }

  function safeWebsite(url) {
    // Only web addresses become links: a directory value such as "javascript:…" stays plain text.
    return /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
  }

  function formatDate(iso) {
    try {
      return new Intl.DateTimeFormat(language.replace("_", "-"), { dateStyle: "long", timeZone: "UTC" })
        .format(new Date(iso + "T00:00:00Z"));
    } catch (e) {
      return iso;
    }
  }

  function field(list, label, valueNode) {
    const row = el("div", null, "field");
    row.appendChild(el("dt", label));
    const dd = el("dd");
    dd.appendChild(valueNode);
    row.appendChild(dd);
    list.appendChild(row);
  }

  function textValue(service, key, words) {
    const span = el("span", service[key]);
    return (service.in_english || []).includes(key) ? englishMark(span, words) : span;
  }

  function serviceCard(service, words, headingLevel) {
    const card = el("li", null, "card");
    if (!service) {
      card.appendChild(el("p", words.gone, "gone"));
      return card;
    }
    const name = el("h" + headingLevel, service.name, "name");
    if ((service.in_english || []).includes("name")) englishMark(name, words);
    card.appendChild(name);
    if (service.organization && service.organization !== service.name) {
      const org = el("p", service.organization, "org");
      org.dir = "auto";
      card.appendChild(org);
    }
    if (service.description) card.appendChild(textValue(service, "description", words)).classList.add("desc");
    const facts = el("dl");
    if (service.phone) {
      const link = el("a", service.phone, "tel");
      link.href = telHref(service.phone);
      link.dir = "ltr";
      field(facts, words.phone, link);
    }
    if (service.address) {
      const link = el("a", service.address, "map");
      link.dir = "auto"; // a street address keeps its own order inside a right-to-left page
      link.href = mapHref(service.address);
      link.rel = "noopener noreferrer";
      link.setAttribute("aria-label", service.address + " — " + words.map);
      field(facts, words.address, link);
    }
    if (service.hours) field(facts, words.hours, textValue(service, "hours", words));
    if (service.how_to_apply) field(facts, words.how_to_apply, textValue(service, "how_to_apply", words));
    if (service.documents && service.documents.length) {
      const list = el("ul", null, "docs");
      for (const doc of service.documents) list.appendChild(el("li", doc));
      const box = el("div"); // the "in English" mark beside the list, never inside it
      box.appendChild(list);
      if ((service.in_english || []).includes("documents")) englishMark(box, words);
      field(facts, words.documents, box);
    }
    if (service.cost) field(facts, words.cost, textValue(service, "cost", words));
    else if (service.free) field(facts, words.cost, el("span", words.free));
    if (service.languages && service.languages.length) field(facts, words.languages, el("span", service.languages.join(", ")));
    const website = service.url && safeWebsite(service.url);
    if (website) {
      const link = el("a", service.url, "web");
      link.href = website;
      link.rel = "noopener noreferrer";
      link.dir = "ltr";
      field(facts, words.website, link);
    }
    card.appendChild(facts);
    if (service.accepts_itin) card.appendChild(el("p", words.itin, "itin"));
    card.appendChild(el("p", service.last_verified ? words.verified.replace("{date}", formatDate(service.last_verified))
      : words.not_verified, "verified"));
    return card;
  }

  // --- the pathway: the link's steps and services, read through this directory version ---------
  async function resolve(doc) {
    if (!code || !code.groups.length) return { steps: [], changed: false, broken: !!code };
    let tables = doc.tables;
    let changed = false;
    if (code.version !== doc.version) {
      changed = true;
      try {
        tables = await getJSON("data/ids-v" + code.version + ".json");
      } catch (e) {
        return { steps: [], changed: true, broken: true };
      }
    }
    const stepRow = new Map(doc.tables.steps.map((id, i) => [id, i]));
    const serviceRow = new Map(doc.tables.services.map((id, i) => [id, i]));
    const steps = [];
    for (const group of code.groups) {
      const row = stepRow.get(tables.steps[group.step]);
      if (row === undefined) continue;
      let services = group.services.map((i) => serviceRow.get(tables.services[i])).filter((i) => i !== undefined);
      if (changed && !services.length) services = doc.steps[row].today;
      steps.push({ row: row, services: services });
    }
    return { steps: steps, changed: changed, broken: false };
  }

  async function render(doc) {
    const words = doc.words;
    const html = document.documentElement;
    html.lang = doc.language.replace("_", "-");
    html.dir = doc.dir;
    document.title = words.title + " — Camino";
    $("title").textContent = words.title;
    $("skip").textContent = words.skip;
    $("language-label").textContent = words.language;
    $("print").textContent = words.print;
    $("private").textContent = words.private;
    const notices = $("notices");
    notices.replaceChildren();
    if (doc.notice) notices.appendChild(el("p", doc.notice, "notice"));

    const pathway = await resolve(doc);
    if (pathway.changed) notices.appendChild(el("p", words.changed, "notice changed"));
    if (pathway.broken || !pathway.steps.length) notices.appendChild(el("p", words.no_pathway, "notice"));
    const steps = $("steps");
    steps.replaceChildren();
    pathway.steps.forEach((item, i) => {
      const step = doc.steps[item.row];
      const li = el("li", null, "step");
      const heading = el("h2");
      heading.appendChild(el("span", words.step.replace("{n}", String(i + 1)), "number"));
      const title = el("span", step.title, "step-title");
      if (step.in_english.includes("title")) englishMark(title, words);
      heading.appendChild(title);
      li.appendChild(heading);
      if (step.why) {
        const why = el("p", step.why, "why");
        if (step.in_english.includes("why")) englishMark(why, words);
        li.appendChild(why);
      }
      const cards = el("ul", null, "cards");
      cards.setAttribute("aria-label", words.services);
      for (const s of item.services) cards.appendChild(serviceCard(doc.services[s], words, 3));
      if (!item.services.length) li.appendChild(el("p", words.no_service, "none"));
      else li.appendChild(cards);
      steps.appendChild(li);
    });
    $("help-title").textContent = words.help_title;
    const help = $("help-cards");
    help.replaceChildren();
    for (const s of doc.fallback) help.appendChild(serviceCard(doc.services[s], words, 3));
    $("help").hidden = !doc.fallback.length;
    $("status").textContent = "";
    $("status").hidden = true;
    performance.mark("camino-pathway-shown"); // what benchmarks/bench_phone_page.py times
  }

  async function show(lang) {
    language = lang;
    $("language").value = lang;
    const early = window.caminoEarly;
    window.caminoEarly = null;
    try {
      await render(await (early && early.language === lang ? early.data : getJSON(current.files[lang])));
    } catch (e) {
      $("status").hidden = false;
      $("status").textContent = current.unreachable[lang] || current.unreachable.en;
    }
  }

  function start() {
    code = parseCode(location.hash);
    const select = $("language");
    for (const lang of LANGS) {
      const option = el("option", current.languages[lang]);
      option.value = lang;
      option.lang = lang.replace("_", "-");
      select.appendChild(option);
    }
    select.addEventListener("change", () => {
      const lang = select.value;
      if (code) {
        // The new language goes into the fragment too (replaceState: no request, no history entry).
        const parts = location.hash.replace(/^#/, "").split(".");
        parts[0] = lang.split("_")[0].toUpperCase();
        history.replaceState(null, "", "#" + parts.join("."));
        code.language = lang;
      }
      show(lang);
    });
    $("print").addEventListener("click", () => window.print());
    $("skip").addEventListener("click", (event) => {
      event.preventDefault(); // "#pathway" in the address would replace the pathway's own code
      $("pathway").focus();
    });
    window.addEventListener("hashchange", () => {
      const next = parseCode(location.hash);
      if (!next) return;
      code = next;
      show(code.language);
    });
    show(code ? code.language : languageFromPhone()).then(() => {
      // After the pathway is on screen: keep this version for offline use.
      if ("serviceWorker" in navigator) navigator.serviceWorker.register("sw.js").catch(() => {});
    });
  }

  start();
})();
