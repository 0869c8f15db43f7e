/* geo map time chart: the small histogram of the period control (controls.js timeControl).
 *
 * Bars of the events per stretch of time (histogram.js), counting the events of the shown layers
 * that pass every filter but the period; the bars in the period are dark. Dragging across it, or
 * clicking a bar, chooses the period. Built with createElementNS from numbers only.
 */
import { binDays, counts, dayAt } from "./histogram.js";

var SVG_NS = "http://www.w3.org/2000/svg";
var BINS = 48;

// A small histogram of the events per stretch of time (all filters but the period applied);
// the bars in the period are dark. Dragging across it (or clicking a bar) sets the period:
// `choose(first, last)`.
export function timeHistogram(ctl, choose) {
  var domain = ctl.domain;
  var width = 254;
  var height = 36;
  var svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("class", "geo-time-histogram");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Events over time; drag across it to choose the period");
  var bars = [];
  for (var j = 0; j < BINS; j++) {
    var bar = document.createElementNS(SVG_NS, "rect");
    bar.setAttribute("x", String(j * width / BINS + 0.5));
    bar.setAttribute("width", String(Math.max(1, width / BINS - 1)));
    svg.appendChild(bar);
    bars.push(bar);
  }
  var brush = document.createElementNS(SVG_NS, "rect");
  brush.setAttribute("class", "geo-time-brush");
  brush.setAttribute("y", "0");
  brush.setAttribute("height", String(height));
  brush.setAttribute("width", "0");
  svg.appendChild(brush);
  function draw() {
    var shown = ctl.shownLayers();
    var n = counts(ctl.d, function (i) { return ctl.other[i] === 1 && shown[ctl.layerOf[i]]; }, domain, BINS);
    var top = Math.max.apply(null, Array.from(n).concat([1]));
    for (var k = 0; k < BINS; k++) {
      var h = n[k] > 0 ? Math.max(1, Math.round(n[k] / top * (height - 2))) : 0;
      var days = binDays(domain, BINS, k);
      bars[k].setAttribute("y", String(height - h));
      bars[k].setAttribute("height", String(h));
      bars[k].setAttribute("class", days[1] >= ctl.period[0] && days[0] <= ctl.period[1] ? "geo-bar-in" : "geo-bar-out");
      bars[k].setAttribute("data-count", String(n[k]));
    }
  }
  var start = null;
  function fraction(event) {
    var r = svg.getBoundingClientRect();
    return (event.clientX - r.left) / r.width;
  }
  svg.addEventListener("pointerdown", function (event) {
    start = fraction(event);
    svg.setPointerCapture(event.pointerId);
    event.preventDefault();
  });
  svg.addEventListener("pointermove", function (event) {
    if (start !== null) {
      var f = fraction(event);
      brush.setAttribute("x", String(Math.min(start, f) * width));
      brush.setAttribute("width", String(Math.abs(f - start) * width));
    }
  });
  svg.addEventListener("pointerup", function (event) {
    if (start === null) {
      return;
    }
    var f = fraction(event);
    brush.setAttribute("width", "0");
    var a = Math.min(start, f);
    var b = Math.max(start, f);
    start = null;
    if (b - a < 1 / BINS) {
      // A click: the period of that bar.
      var days = binDays(domain, BINS, Math.min(BINS - 1, Math.max(0, Math.floor(a * BINS))));
      choose(days[0], days[1]);
    } else {
      choose(dayAt(domain, a), dayAt(domain, b));
    }
  });
  ctl.onUpdate(draw);
  ctl.map.on("overlayadd overlayremove", draw);
  draw();
  return svg;
}
