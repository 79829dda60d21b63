// The dashboard's charts (ECharts), drawn from the figures at the address in #charts' data-source.
// Every text comes with the figures, from messages.properties; colours are app.css's palette, each
// at least 4.5:1 on white, and every chart has a table of its figures in the page beside it.
"use strict";

(() => {
  const TEXT = "#1b1f24";
  const MUTED = "#4a5360";
  const LINE = "#c9d0d9";
  const BRAND = "#14324f";
  const STALE = "#7a4b00";
  const FRESH = "#1e6b2f";
  const DECISION_COLOURS = {
    false_positive: "#1e6b2f",
    true_match: "#a4001d",
    escalate: "#7a4b00",
    approved: "#14324f",
    rejected: "#4a5360",
  };
  const OTHER_COLOURS = ["#0a58a8", "#6a1b9a", "#00695c"];
  const FONT = { color: TEXT, fontFamily: "system-ui, 'DejaVu Sans', sans-serif", fontSize: 13 };
  // room left of the list charts for the list titles, which are long ("OFAC Specially Designated Nationals (SDN) List")
  const LABEL_WIDTH = 250;
  const charts = [];

  // the supply-chain helper answers /chains/exposure; until it does (404) or when it fails, the section stays empty
  document.addEventListener("htmx:beforeSwap", (e) => {
    if (e.detail.target && e.detail.target.id === "exposure" && e.detail.xhr.status >= 400) {
      e.detail.shouldSwap = false;
    }
  });
  // says how the section's request ended, for the page's tests and for anyone inspecting the page
  document.addEventListener("htmx:afterRequest", (e) => {
    if (e.detail.target && e.detail.target.id === "exposure") {
      e.detail.target.dataset.status = String(e.detail.xhr.status);
    }
  });

  function title(text) {
    return { text, left: 0, textStyle: { color: TEXT, fontSize: 16, fontWeight: 600 } };
  }

  function valueAxis(name) {
    return {
      type: "value", name, nameLocation: "middle", nameGap: 30, minInterval: 1,
      nameTextStyle: { color: TEXT }, axisLabel: { color: MUTED }, splitLine: { lineStyle: { color: LINE } },
    };
  }

  function listAxis(names, name) {
    return {
      type: "category", data: names, inverse: true, name, nameTextStyle: { color: TEXT },
      axisLabel: { color: TEXT, width: LABEL_WIDTH - 16, overflow: "break", lineHeight: 16 },
      axisLine: { lineStyle: { color: MUTED } },
    };
  }

  function chart(id, option) {
    const el = document.getElementById(id);
    if (!el) {
      return;
    }
    const c = echarts.init(el, null, { renderer: "canvas" });
    c.setOption(Object.assign({ textStyle: FONT, animation: false }, option));
    charts.push(c);
  }

  function draw(f, t) {
    const open = f.open_by_list;
    chart("chart-open", {
      title: Object.assign(title(t.open_title), open.length ? {} : { subtext: t.open_none, subtextStyle: { color: MUTED, fontSize: 14 } }),
      grid: { left: LABEL_WIDTH, right: 40, top: 56, bottom: 48 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: valueAxis(t.open_axis),
      yAxis: listAxis(open.map((x) => x.title), ""),
      series: [{ type: "bar", data: open.map((x) => x.open), itemStyle: { color: BRAND }, barMaxWidth: 28,
        label: { show: true, position: "right", color: TEXT } }],
    });

    const d = f.decisions;
    chart("chart-decisions", {
      title: title(t.decisions_title),
      legend: { top: 28, left: 0, textStyle: { color: TEXT } },
      grid: { left: 56, right: 24, top: 72, bottom: 48 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: {
        type: "category", data: d.days.map((s) => s.slice(5)), name: t.day_axis, nameLocation: "middle", nameGap: 30,
        nameTextStyle: { color: TEXT }, axisLabel: { color: MUTED }, axisLine: { lineStyle: { color: MUTED } },
      },
      yAxis: Object.assign(valueAxis(t.decisions_axis), { nameGap: 36 }),
      series: d.series.map((s, i) => ({
        type: "bar", stack: "decisions", name: s.label, data: s.counts,
        itemStyle: { color: DECISION_COLOURS[s.kind] || OTHER_COLOURS[i % OTHER_COLOURS.length] },
      })),
    });

    const lists = f.freshness.lists;
    chart("chart-freshness", {
      title: Object.assign(title(t.freshness_title), { subtext: t.stale_line, subtextStyle: { color: MUTED, fontSize: 13 } }),
      grid: { left: LABEL_WIDTH, right: 56, top: 64, bottom: 80 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { bottom: 0, textStyle: { color: TEXT }, data: [t.published_series, t.fetched_series] },
      xAxis: valueAxis(t.freshness_axis),
      yAxis: listAxis(lists.map((x) => x.title), ""),
      series: [{
        type: "bar", name: t.published_series,
        data: lists.map((x) => ({ value: x.age_days, itemStyle: { color: x.stale ? STALE : FRESH } })),
        barMaxWidth: 28,
        label: { show: true, position: "right", color: TEXT },
      }, {
        // when the list was last fetched: a list fetched today but published long ago is simply unchanged
        type: "bar", name: t.fetched_series,
        data: lists.map((x) => x.fetched_days),
        itemStyle: { color: MUTED }, barMaxWidth: 12,
        label: { show: true, position: "right", color: MUTED },
      }],
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const root = document.getElementById("charts");
    if (!root || typeof echarts === "undefined") {
      return;
    }
    fetch(root.dataset.source, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((r) => {
        if (!r.ok) {
          throw new Error("figures answered " + r.status);
        }
        return r.json();
      })
      .then((f) => {
        draw(f, f.texts);
        root.dataset.drawn = "true";
      })
      .catch(() => root.classList.add("charts-failed"));
    window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
  });
})();
