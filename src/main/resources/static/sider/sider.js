// Det Fælles Designsystem's components (details, date inputs, tables) start here: no script is inline, by the pages'
// Content-Security-Policy.
document.addEventListener('DOMContentLoaded', function () {
  if (window.DKFDS && typeof window.DKFDS.init === 'function') {
    window.DKFDS.init();
  }
  // The error summary takes the focus, so that a screen reader reads it first (Det Fælles Designsystem, fejlopsummering).
  var opsummering = document.getElementById('fejlopsummering');
  if (opsummering) {
    opsummering.focus();
  }
});
