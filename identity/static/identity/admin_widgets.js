// Wagtail starts each date and time picker with an inline script, which the admin's
// Content-Security-Policy refuses. Our copies of its widget templates
// (identity/templates/wagtailadmin/widgets/) leave the call's arguments in data attributes;
// this makes the call, for fields on the page and for those added later (filters, dialogs).
// Only Wagtail's three picker functions can be named.
(() => {
  "use strict";

  const PICKERS = new Set(["initDateChooser", "initTimeChooser", "initDateTimeChooser"]);

  const startPickers = () => {
    document.querySelectorAll("[data-claimcheck-widget]:not([data-started])").forEach((marker) => {
      const name = marker.dataset.claimcheckWidget;
      if (!PICKERS.has(name) || typeof window[name] !== "function") return;
      marker.dataset.started = "";
      window[name](marker.dataset.inputId, JSON.parse(marker.dataset.config));
    });
  };

  document.addEventListener("DOMContentLoaded", startPickers);
  window.addEventListener("load", startPickers);
  new MutationObserver(startPickers).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
})();
