// "Screen a file": refuse a file over the size limit before uploading it, with the same message the server gives.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("batch-form");
  const input = document.getElementById("batch-file");
  const error = document.getElementById("batch-size-error");
  if (!form || !input || !error) {
    return;
  }
  const check = () => {
    const file = input.files && input.files[0];
    const max = Number(input.dataset.maxBytes);
    if (file && file.size > max) {
      error.textContent = input.dataset.tooLarge.replace("{size}", (file.size / 1048576).toFixed(1) + " MB");
      error.hidden = false;
      return false;
    }
    error.hidden = true;
    return true;
  };
  input.addEventListener("change", check);
  form.addEventListener("submit", (e) => {
    if (!check()) {
      e.preventDefault();
      input.focus();
    }
  });
});
