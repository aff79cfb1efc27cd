// On every page: registers the service worker (offline page, cached assets, notifications), and
// drives the account page's "Turn on notifications on this device". Permission is asked only
// when the partner clicks; on an iPhone or iPad outside the home-screen app, the page says that
// push needs the home-screen app instead of asking at all.
(function () {
    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(function () { /* pages work without it */ });
    }

    function say(section, words) {
        section.querySelector('[data-push-status]').textContent = words;
    }

    function isAppleMobile() {
        return /iPhone|iPad|iPod/.test(navigator.userAgent)
            || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
    }

    function isHomeScreenApp() {
        return window.matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
    }

    function keyBytes(base64url) {
        var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
        var raw = atob(base64 + '='.repeat((4 - base64.length % 4) % 4));
        return Uint8Array.from(raw, function (c) { return c.charCodeAt(0); });
    }

    function post(section, subscription) {
        var json = subscription.toJSON();
        var form = new URLSearchParams();
        form.append('endpoint', json.endpoint);
        form.append('keys.p256dh', json.keys.p256dh);
        form.append('keys.auth', json.keys.auth);
        var headers = {};
        headers[section.dataset.csrfHeader] = section.dataset.csrf;
        return fetch('/account/devices', {method: 'POST', headers: headers, body: form, credentials: 'same-origin'})
            .then(function (response) { return response.text(); })
            .then(function (html) {
                var holder = document.createElement('div');
                holder.innerHTML = html;
                var fresh = holder.querySelector('#push');
                section.replaceWith(fresh);
                init(fresh);
                if (!fresh.querySelector('.field-error')) {
                    say(fresh, 'Notifications are on for this device.');
                }
            });
    }

    function turnOn(section) {
        Notification.requestPermission().then(function (permission) {
            if (permission !== 'granted') {
                say(section, 'Notifications are blocked for Tandem in this browser. Allow them in its site settings to turn them on.');
                return null;
            }
            return navigator.serviceWorker.ready.then(function (registration) {
                return registration.pushManager.subscribe({
                    userVisibleOnly: true, applicationServerKey: keyBytes(section.dataset.key)});
            }).then(function (subscription) { return post(section, subscription); });
        }).catch(function () {
            say(section, 'This browser could not turn notifications on. Try again in a moment.');
        });
    }

    function init(section) {
        var button = section.querySelector('[data-push-on]');
        if (!button || section.dataset.ready) {
            return;
        }
        section.dataset.ready = 'yes';
        if (isAppleMobile() && !isHomeScreenApp()) {
            section.querySelector('[data-push-ios]').hidden = false;
            return;
        }
        if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
            say(section, 'This browser cannot show notifications from Tandem.');
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () { turnOn(section); });
    }

    function initAll() {
        var section = document.getElementById('push');
        if (section) {
            init(section);
        }
    }

    document.addEventListener('DOMContentLoaded', initAll);
    document.addEventListener('htmx:load', initAll);
})();
