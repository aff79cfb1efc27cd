// Tandem's service worker, at the root so that it covers every page. It
// - keeps the static assets (styles, scripts, icons) and serves them from its cache when offline,
// - shows the offline page when a page cannot be reached (pages themselves are never cached:
//   they hold the couple's private words),
// - shows a push notification and, on a tap, focuses an open Tandem window on the thread or opens it.
const CACHE = 'tandem-static-v1';
const OFFLINE = '/offline.html';
const PRECACHE = [OFFLINE, '/css/tandem.css', '/favicon.svg', '/icons/icon-192.png', '/icons/icon-512.png'];
const STATIC = /^\/(css|js|icons|webjars)\/|^\/favicon\.svg$/;

self.addEventListener('install', event => {
    event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
    event.waitUntil(caches.keys()
        .then(names => Promise.all(names.filter(name => name !== CACHE).map(name => caches.delete(name))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === 'navigate') {
        event.respondWith(fetch(request).catch(() => caches.match(OFFLINE)));
    } else if (STATIC.test(url.pathname)) {
        // Network first: after an upgrade the new scripts and styles are used at once (a cache
        // first would keep the old ones for good); the cached copy serves only when offline.
        event.respondWith(fetch(request).then(response => {
            if (response.ok) {
                const copy = response.clone();
                caches.open(CACHE).then(cache => cache.put(request, copy));
            }
            return response;
        }).catch(() => caches.match(request)));
    }
});

self.addEventListener('push', event => {
    let message = {title: 'Tandem', body: 'Your partner is waiting for you in Tandem', path: '/'};
    try {
        message = Object.assign(message, event.data ? event.data.json() : {});
    } catch (e) { /* a payload we cannot read still says someone is waiting */ }
    event.waitUntil(self.registration.showNotification(message.title, {
        body: message.body, tag: message.tag, icon: '/icons/icon-192.png', badge: '/icons/icon-192.png',
        data: {path: message.path}
    }));
});

self.addEventListener('notificationclick', event => {
    event.notification.close();
    const path = (event.notification.data && event.notification.data.path) || '/';
    // Only a path on this site: a payload never sends the partner elsewhere.
    const target = new URL(path.startsWith('/') && !path.startsWith('//') ? path : '/', self.location.origin).href;
    event.waitUntil(self.clients.matchAll({type: 'window', includeUncontrolled: true}).then(windows => {
        const open = windows.find(w => w.url === target) || windows[0];
        if (open) {
            return open.focus().then(w => (w && w.url !== target && 'navigate' in w) ? w.navigate(target) : w);
        }
        return self.clients.openWindow(target);
    }));
});
