// Fills the sign-up form's hidden time zone from the browser, so that every time Tandem shows is
// the partner's own from the first page. Without script the field stays empty: the account is UTC
// until the partner picks their zone on the account page.
document.querySelectorAll('input[name="timeZone"][data-from-browser]').forEach(function (field) {
    try {
        field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (e) {
        field.value = '';
    }
});
