// ES5, before Office.js: the page loads Office.js without waiting for it (a CDN that hangs must not leave the
// pane blank), so this records when its script has loaded or failed, for the pane to go on from there.
(function () {
  window.__jixiaoOfficeJs = 'loading';
  function settle(state) {
    return function (event) {
      var script = event.target;
      if (!script || script.tagName !== 'SCRIPT' || !/office\.js(\?|$)/.test(script.src)) return;
      window.__jixiaoOfficeJs = state;
      if (typeof window.__jixiaoOfficeJsSettled === 'function') window.__jixiaoOfficeJsSettled(state);
    };
  }
  // A script's load and error events do not bubble, but the document sees them while capturing (a load event
  // never reaches the window).
  document.addEventListener('load', settle('loaded'), true);
  document.addEventListener('error', settle('failed'), true);
})();
