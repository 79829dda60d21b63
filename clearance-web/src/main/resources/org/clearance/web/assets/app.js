// Clearance web application: what every page needs. Page-specific behaviour lives in its own file.
"use strict";

// htmx requests that change something carry the session's CSRF token, as forms do in a hidden field.
document.addEventListener("htmx:configRequest", (e) => {
  const token = document.body.dataset.csrf;
  if (token) {
    e.detail.headers["X-CSRF-Token"] = token;
  }
});
