/* geo map popups and tooltips of single events, built from their properties.
 *
 * Security: every value taken from feature data reaches the page through document.createElement,
 * textContent, setAttribute or the URL of a checked http(s) link, never through innerHTML or string
 * concatenation into markup. The texts come from text.js.
 */
import { styleOf } from "./styles.js";
import { dateText, numberText, placeOf, precisionText, safeUrl, str, tooltipText, typeLabel } from "./text.js";

export function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function addRow(table, label, value) {
  if (value === null || value === undefined || value === "") {
    return;
  }
  var row = el("tr");
  row.appendChild(el("th", null, label));
  var cell = el("td");
  if (value instanceof Node) {
    cell.appendChild(value);
  } else {
    cell.textContent = value;
  }
  row.appendChild(cell);
  table.appendChild(row);
}

function sourceNode(source) {
  if (!source || typeof source !== "object") {
    return str(source);
  }
  var title = str(source.title) || str(source.article_id);
  var url = safeUrl(source.url);
  var wrap = el("span");
  if (url !== null) {
    var link = el("a", null, title || url);
    link.setAttribute("href", url);
    link.setAttribute("target", "_blank");
    link.setAttribute("rel", "noopener noreferrer");
    wrap.appendChild(link);
  } else {
    wrap.appendChild(document.createTextNode(title || str(source.url)));
  }
  var extra = [str(source.publisher), str(source.published)].filter(function (s) { return s !== ""; });
  if (extra.length) {
    wrap.appendChild(document.createTextNode(" — " + extra.join(", ")));
  }
  return wrap.childNodes.length ? wrap : "";
}

// The popup of one event. When its long texts (note, source) are still compressed (table.js
// `lazy`), the popup first shows the rest with a line saying they are loading, then fills them in
// and calls `onUpdate` (to let Leaflet re-measure the popup).
export function popup(props, onUpdate) {
  var box = el("div", "geo-popup");
  fill(box, props, onUpdate);
  return box;
}

function fill(box, props, onUpdate) {
  box.style.borderLeftColor = styleOf(props).color;
  box.appendChild(el("div", "geo-popup-place", placeOf(props)));
  var written = str(props.name);
  if (written !== "" && written !== placeOf(props)) {
    box.appendChild(el("div", "geo-popup-written", "as written: “" + written + "”"));
  }
  box.appendChild(el("div", "geo-popup-type", typeLabel(props)));
  var table = el("table", "geo-popup-facts");
  addRow(table, "Date", dateText(props));
  addRow(table, "Located", precisionText(props));
  addRow(table, "Mission", str(props.mission));
  addRow(table, "Actors", str(props.actors));
  addRow(table, "Troops", numberText(props.troops));
  addRow(table, "Fatalities", numberText(props.fatalities));
  addRow(table, "Note", str(props.notes));
  addRow(table, "Source", sourceNode(props.source));
  if (typeof props.confidence === "number" && isFinite(props.confidence)) {
    addRow(table, "Confidence", Math.round(props.confidence * 100) + " %");
  }
  box.appendChild(table);
  var more = typeof props.more === "function" ? props.more() : null;
  if (more) {
    var loading = el("div", "geo-popup-loading", "Loading the note and source…");
    box.appendChild(loading);
    more.then(function () {
      box.textContent = "";
      fill(box, props, onUpdate);
      if (onUpdate) {
        onUpdate();
      }
    }, function (err) {
      loading.textContent = "The note and source could not be read: " + err.message;
    });
  }
}

export function tooltip(props) {
  return el("span", "geo-tooltip", tooltipText(props));
}
