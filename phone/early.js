// Inlined into index.html by kiosk publish (its sha256 is in the page's Content-Security-Policy):
// starts fetching the link's language data while app.js and the style sheet are still on their way.
"use strict";
(function () {
  const current = JSON.parse(document.getElementById("current").textContent);
  const match = /^#([A-Za-z]{2})\./.exec(location.hash);
  const language = match && Object.keys(current.files)
    .find((l) => l.split("_")[0].toUpperCase() === match[1].toUpperCase());
  if (language) {
    window.caminoEarly = {
      language: language,
      data: fetch(current.files[language], { credentials: "omit", referrerPolicy: "no-referrer" })
        .then((r) => { if (!r.ok) throw new Error(String(r.status)); return r.json(); }),
    };
  }
})();
