/* Start the DKFDS components (mobile menu, error summary focus, ...). Loaded with defer after dkfds.min.js,
   as a file of its own because the Content-Security-Policy forbids inline scripts. */
if (window.DKFDS) {
  window.DKFDS.init();
}
