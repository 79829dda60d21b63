// WCAG 2.1 AA contrast (1.4.3) of every visible text on the page: 4.5:1, or 3:1 for large text
// (24px, or 18.66px bold). The background is the first opaque background colour up the tree; text
// over an image or canvas, disabled controls and invisible elements are passed over, as the
// criterion exempts them. Returns one line per failing element.
function parse(c) {
  const m = c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : null;
}
function luminance(rgb) {
  const [r, g, b] = rgb.slice(0, 3).map(v => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function background(el) {
  for (let e = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.backgroundImage !== "none" || e.tagName === "CANVAS") return null;
    const c = parse(s.backgroundColor);
    if (c && c[3] >= 1) return c;
  }
  return [255, 255, 255, 1];
}
const failures = [];
for (const el of document.querySelectorAll("body *")) {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
  if (!own || el.closest("[disabled], [aria-hidden='true'], canvas, svg")) continue;
  const s = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  if (s.visibility !== "visible" || s.display === "none" || box.width === 0 || box.height === 0 || box.right < 0) continue;
  let opacity = 1;
  for (let e = el; e; e = e.parentElement) opacity *= +getComputedStyle(e).opacity;
  if (opacity < 1) continue;
  const fg = parse(s.color);
  const bg = background(el);
  if (!fg || !bg) continue;
  // a translucent text colour is blended over its background
  const blended = fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i] * (1 - fg[3]));
  const [l1, l2] = [luminance(blended), luminance(bg)].sort((a, b) => b - a);
  const ratio = (l1 + 0.05) / (l2 + 0.05);
  const size = parseFloat(s.fontSize);
  const large = size >= 24 || (size >= 18.66 && +s.fontWeight >= 700);
  if (ratio < (large ? 3 : 4.5)) {
    failures.push(el.tagName.toLowerCase() + (el.className ? "." + el.className : "") + " '"
        + el.textContent.trim().slice(0, 40) + "': " + ratio.toFixed(2) + ":1 (" + s.color + " on rgb(" + bg.slice(0, 3) + "))");
  }
}
return failures;
