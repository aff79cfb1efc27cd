// The feeling picker: a word button fills "I feel", and the coach hears about it like typing.
document.addEventListener('click', function (event) {
  var chip = event.target.closest('button[data-feeling]');
  if (!chip) return;
  var field = document.getElementById('feeling');
  if (!field) return;
  field.value = chip.getAttribute('data-feeling');
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.focus();
});
