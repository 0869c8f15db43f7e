/* geo map cluster icons: a ring chart of the event types of a cluster around its count (its
 * label is text.js countLabel). Built with createElementNS and textContent from numbers and the
 * palette.
 */
import { styleOf } from "./styles.js";
import { shortCount } from "./text.js";

var SVG_NS = "http://www.w3.org/2000/svg";

// A ring chart of the event types `counts` ([{ props, n }], colours of the types) around their total.
export function ring(counts, total, size) {
  var svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("width", String(size));
  svg.setAttribute("height", String(size));
  svg.setAttribute("viewBox", "0 0 " + size + " " + size);
  svg.setAttribute("aria-hidden", "true");
  var c = size / 2;
  var r = c - 4;
  var circumference = 2 * Math.PI * r;
  var back = document.createElementNS(SVG_NS, "circle");
  back.setAttribute("cx", String(c));
  back.setAttribute("cy", String(c));
  back.setAttribute("r", String(c - 0.5));
  back.setAttribute("fill", "#ffffff");
  back.setAttribute("stroke", "#1a1a1a");
  svg.appendChild(back);
  var offset = 0;
  counts.forEach(function (entry) {
    var arc = document.createElementNS(SVG_NS, "circle");
    var len = circumference * entry.n / total;
    arc.setAttribute("cx", String(c));
    arc.setAttribute("cy", String(c));
    arc.setAttribute("r", String(r));
    arc.setAttribute("fill", "none");
    arc.setAttribute("stroke", entry.color || styleOf(entry.props).color);
    arc.setAttribute("stroke-width", "6");
    arc.setAttribute("stroke-dasharray", len + " " + (circumference - len));
    arc.setAttribute("stroke-dashoffset", String(-offset + circumference / 4));
    svg.appendChild(arc);
    offset += len;
  });
  var text = document.createElementNS(SVG_NS, "text");
  text.setAttribute("x", String(c));
  text.setAttribute("y", String(c));
  text.setAttribute("text-anchor", "middle");
  text.setAttribute("dominant-baseline", "central");
  text.setAttribute("font-size", total >= 10000 ? "10" : "11");
  text.setAttribute("font-weight", "700");
  text.setAttribute("font-family", "sans-serif");
  text.textContent = shortCount(total);
  svg.appendChild(text);
  return svg;
}
