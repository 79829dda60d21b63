// Review alerts: keyboard shortcuts for the queue (/review) and one alert (/review/{id}).
// Shortcuts never act while the user types in a field, nor with Ctrl, Alt or Meta held.
"use strict";

(() => {
  const help = document.getElementById("shortcuts");

  function typing(el) {
    return el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
  }

  function toggleHelp() {
    if (!help) {
      return;
    }
    if (help.open) {
      help.close();
    } else {
      help.showModal();
    }
  }

  document.querySelectorAll("[data-shortcuts]").forEach((b) => b.addEventListener("click", toggleHelp));

  // Queue: j/k or the arrow keys move between rows (focusing the row's link, so Enter opens it).
  const queue = document.getElementById("queue");
  const links = queue ? Array.from(queue.querySelectorAll("tbody tr a")) : [];

  function move(step) {
    const at = links.indexOf(document.activeElement);
    const to = at < 0 ? 0 : Math.min(links.length - 1, Math.max(0, at + step));
    links.forEach((l, i) => l.closest("tr").classList.toggle("current", i === to));
    links[to].focus();
  }

  // Alert: f/t/e choose a decision, a/r approve or reject, then the reason takes the focus.
  const choices = {
    f: "decision-false_positive", t: "decision-true_match", e: "decision-escalate",
    a: "approval-approve", r: "approval-reject",
  };

  function choose(id) {
    const radio = document.getElementById(id);
    if (!radio) {
      return false;
    }
    radio.checked = true;
    radio.form.querySelector("textarea").focus();
    return true;
  }

  function go(id) {
    const link = document.getElementById(id);
    if (link) {
      window.location.assign(link.href);
    }
    return Boolean(link);
  }

  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) {
      return;
    }
    if (typing(e.target)) {
      if (e.key === "Escape" && e.target.tagName === "TEXTAREA") {
        e.target.blur(); // back to the shortcuts; the text stays
      }
      return;
    }
    if (help && help.open && e.key !== "?") {
      return; // the dialog handles its own keys (Esc closes it)
    }
    let done = false;
    if (e.key === "?") {
      toggleHelp();
      done = true;
    } else if (links.length && (e.key === "j" || e.key === "ArrowDown")) {
      move(1);
      done = true;
    } else if (links.length && (e.key === "k" || e.key === "ArrowUp")) {
      move(-1);
      done = true;
    } else if (choices[e.key]) {
      done = choose(choices[e.key]);
    } else if (e.key === "n") {
      done = go("next-alert");
    } else if (e.key === "u") {
      done = go("back-to-queue");
    }
    if (done) {
      e.preventDefault(); // the letter must not also land in the reason field now focused
    }
  });

  // Ctrl+Enter (Cmd+Enter) in a reason sends its form; plain Enter is a new line.
  document.querySelectorAll("form textarea").forEach((area) => area.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      area.form.requestSubmit();
    }
  }));
})();
