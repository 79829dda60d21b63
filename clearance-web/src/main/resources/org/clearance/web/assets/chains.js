// Supply chains: the chain drawn with Cytoscape from /chains/{id}/graph; choosing a party in the graph or
// in the list beside it loads its findings and documents into the panel (an htmx fragment).
"use strict";

(function () {
  const container = document.getElementById("chain-graph");
  if (!container) {
    return;
  }
  const panel = document.getElementById("party-panel");

  // Colours are the palette of app.css (WCAG AA); every state also has its own border style and label text.
  const style = [
    { selector: "node", style: {
      shape: "round-rectangle", width: 170, height: 92, label: "data(label)", "text-wrap": "wrap",
      "text-max-width": 160, "text-valign": "center", "text-halign": "center", "font-size": 13,
      "font-family": "system-ui, 'DejaVu Sans', 'Droid Sans Fallback', sans-serif", color: "#1b1f24",
      "background-color": "#e8f5eb", "border-color": "#1e6b2f", "border-width": 1.5, "border-style": "solid" } },
    { selector: "node.downstream", style: { "background-color": "#fff4dc", "border-color": "#7a4b00",
      "border-style": "dashed", "border-width": 2 } },
    { selector: "node.risk", style: { "background-color": "#fdecee", "border-color": "#a4001d",
      "border-style": "double", "border-width": 6, "font-weight": "bold" } },
    { selector: "node.risk-path", style: { "underlay-color": "#a4001d", "underlay-opacity": 0.18,
      "underlay-padding": 6, "underlay-shape": "round-rectangle" } },
    { selector: "node:selected", style: { "overlay-color": "#0a58a8", "overlay-opacity": 0.18, "overlay-padding": 8 } },
    { selector: "edge", style: {
      width: 1.5, "line-color": "#6b7480", "target-arrow-color": "#6b7480", "target-arrow-shape": "triangle",
      "curve-style": "bezier", label: "data(label)", "font-size": 10, color: "#a4001d",
      "text-background-color": "#ffffff", "text-background-opacity": 1, "text-background-padding": 2 } },
    { selector: "edge.gap", style: { "line-style": "dashed" } },
    { selector: "edge.risk-path", style: { width: 4, "line-color": "#a4001d", "target-arrow-color": "#a4001d" } },
  ];

  let cy = null;
  const PADDING = 24;
  const MAX_ZOOM = 1.1; // a small chain would be blown up to fill the box; keep labels readable, not huge
  const MIN_HEIGHT = 200;
  const MAX_HEIGHT = 680;

  // The box is as tall as the chain needs at the zoom its width allows: a one-line chain gets a low box,
  // a wide web a tall one, within limits (beyond them the analyst zooms and pans).
  function fitHeight() {
    const box = cy.elements().boundingBox();
    const zoom = Math.min(MAX_ZOOM, (container.clientWidth - 2 * PADDING) / box.w);
    const height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, box.h * zoom + 2 * PADDING));
    container.style.height = Math.round(height) + "px";
    cy.resize();
    cy.fit(undefined, PADDING);
    if (cy.zoom() > MAX_ZOOM) {
      cy.zoom(MAX_ZOOM);
      cy.center();
    }
  }

  function choose(id, focusPanel) {
    if (cy) {
      cy.$(":selected").unselect();
      cy.getElementById(id).select();
    }
    document.querySelectorAll(".party-list a[aria-current]").forEach((a) => a.removeAttribute("aria-current"));
    document.querySelectorAll(".party-list a").forEach((a) => {
      if (a.dataset.party === id) {
        a.setAttribute("aria-current", "true");
      }
    });
    const url = container.dataset.party + "?id=" + encodeURIComponent(id);
    htmx.ajax("GET", url, { target: panel, swap: "innerHTML" }).then(() => {
      if (focusPanel) {
        const heading = panel.querySelector("h3");
        if (heading) {
          heading.focus();
        }
      }
    });
  }

  document.querySelectorAll(".party-list a[data-party]").forEach((a) => {
    a.addEventListener("click", (e) => {
      e.preventDefault();
      choose(a.dataset.party, true);
    });
  });

  fetch(container.dataset.graph, { credentials: "same-origin" })
    .then((r) => {
      if (!r.ok) {
        throw new Error("graph: HTTP " + r.status);
      }
      return r.json();
    })
    .then((graph) => {
      cy = cytoscape({
        container: container,
        elements: { nodes: graph.nodes, edges: graph.edges },
        style: style,
        layout: { name: "preset", fit: true, padding: PADDING },
        minZoom: 0.2,
        maxZoom: 2.5,
        boxSelectionEnabled: false,
        autoungrabify: true,
      });
      fitHeight();
      cy.on("tap", "node", (e) => choose(e.target.id(), false));
      const current = panel.querySelector("[data-party]");
      if (current) {
        cy.getElementById(current.dataset.party).select();
      }
      container.dataset.ready = "true";
      // for the browser tests and for a curious analyst's console
      window.clearanceChainGraph = cy;
    })
    .catch((err) => {
      container.textContent = container.dataset.error + " (" + err.message + ")";
      container.classList.add("error");
    });
})();
