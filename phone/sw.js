// Camino phone page service worker: once a pathway has been opened, it opens again offline.
// kiosk publish writes the version and the files of this directory version in below.
"use strict";
const VERSION = /*VERSION*/0;
const PRECACHE = /*PRECACHE*/[];
const CACHE = "camino-v" + VERSION;

self.addEventListener("install", (event) => {
  // No Referer, no cookies: the server learns nothing but which files a phone keeps.
  const requests = PRECACHE.map((url) => new Request(url, { referrer: "", referrerPolicy: "no-referrer", credentials: "omit" }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("camino-") && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate" || url.pathname.endsWith("/index.html")) {
    // The page names this version's files: ask the network first, so a new directory shows at once.
    event.respondWith(fetch(request).catch(() => caches.match("./").then((hit) => hit || Response.error())));
    return;
  }
  // Everything else has a content-hashed name (or is a version's index tables): it never changes.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  })));
});
