// A live page redraws itself when the couple's data changes (htmx's sse extension triggers
// "sse:changed" on #main), but never under the partner's fingers: while a field on it holds
// typed text, the page says there is something new instead of replacing what they write. The
// check is made twice, when the redraw is asked for and when it arrives, since typing may
// start in between.
(function () {
    function typing() {
        return Array.prototype.some.call(document.querySelectorAll('#main textarea, #main input[type=text]'),
            function (field) { return field.value !== field.defaultValue; });
    }

    function announce() {
        if (document.getElementById('live-news')) {
            return;
        }
        var news = document.createElement('p');
        news.id = 'live-news';
        news.className = 'notice';
        news.setAttribute('role', 'status');
        news.appendChild(document.createTextNode('Something new happened. '));
        var reload = document.createElement('a');
        reload.href = window.location.pathname;
        reload.appendChild(document.createTextNode('Show it'));
        news.appendChild(reload);
        news.appendChild(document.createTextNode(' (what you are writing here is not sent yet).'));
        document.getElementById('main').prepend(news);
    }

    function isRedraw(detail) {
        var trigger = detail.triggerEvent || (detail.requestConfig && detail.requestConfig.triggeringEvent);
        return trigger && trigger.type === 'sse:changed' && detail.elt && detail.elt.id === 'main';
    }

    // The page says whether its stream is open, so a partner's browser (and a test) can tell a
    // page that will redraw itself from one that has not connected yet.
    document.addEventListener('htmx:sseOpen', function () {
        document.body.setAttribute('data-live', 'open');
    });
    document.addEventListener('htmx:sseError', function () {
        document.body.setAttribute('data-live', 'closed');
    });

    document.addEventListener('htmx:confirm', function (event) {
        if (isRedraw(event.detail) && typing()) {
            event.preventDefault();
            announce();
        }
    });

    document.addEventListener('htmx:beforeSwap', function (event) {
        if (isRedraw(event.detail) && typing()) {
            event.detail.shouldSwap = false;
            announce();
        }
    });
})();
