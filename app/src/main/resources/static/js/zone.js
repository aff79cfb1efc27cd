// Fills the sign-up form's hidden time zone and language from the browser, so that every time
// Tandem shows is the partner's own, in their language, from the first page. Without script the
// fields stay empty: the account is UTC until the partner picks their zone on the account page,
// and the language is the one the browser asked the sign-up page in (Accept-Language).
document.querySelectorAll('input[name="timeZone"][data-from-browser]').forEach(function (field) {
    try {
        field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (e) {
        field.value = '';
    }
});
document.querySelectorAll('input[name="language"][data-from-browser]').forEach(function (field) {
    field.value = navigator.language || '';
});
