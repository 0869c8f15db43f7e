/* geo map popups and tooltips of single events, built from their properties.
 *
 * Security: every value taken from feature data reaches the page through document.createElement,
 * textContent, setAttribute or the URL of a checked http(s) link, never through innerHTML or string
 * concatenation into markup.
 */
var geoMapPopup = (function () {
  "use strict";

  var STYLES = null;

  function has(obj, key) {
    return obj !== null && typeof obj === "object" && Object.prototype.hasOwnProperty.call(obj, key);
  }

  function str(value) {
    if (value === null || value === undefined) {
      return "";
    }
    if (Array.isArray(value)) {
      return value.map(str).filter(function (s) { return s !== ""; }).join(", ");
    }
    if (typeof value === "object") {
      return JSON.stringify(value);
    }
    return String(value);
  }

  function styleOf(props) {
    var type = props.event_type;
    return typeof type === "string" && has(STYLES.types, type) ? STYLES.types[type] : STYLES.unknown;
  }

  function typeLabel(props) {
    var style = styleOf(props);
    var label = style === STYLES.unknown && str(props.event_type) !== "" ? str(props.event_type) : style.label;
    var sub = str(props.sub_event_type);
    return sub !== "" ? label + " (" + sub.replace(/_/g, " ") + ")" : label;
  }

  function placeOf(props) {
    return str(props.place) || str(props.name) || "Unnamed place";
  }

  function safeUrl(value) {
    if (typeof value !== "string") {
      return null;
    }
    var text = value.trim();
    if (!/^https?:\/\//i.test(text)) {
      return null;
    }
    try {
      var url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  function el(tag, className, text) {
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

  function dateText(props) {
    var date = str(props.date);
    if (date === "") {
      return "";
    }
    var precision = str(props.time_precision);
    return precision !== "" ? date + " (" + precision + ")" : date;
  }

  function numberText(value) {
    return typeof value === "number" && isFinite(value) ? value.toLocaleString("en") : str(value);
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

  function popup(props) {
    var box = el("div", "geo-popup");
    box.style.borderLeftColor = styleOf(props).color;
    box.appendChild(el("div", "geo-popup-place", placeOf(props)));
    var written = str(props.name);
    if (written !== "" && written !== placeOf(props)) {
      box.appendChild(el("div", "geo-popup-written", "as written: “" + written + "”"));
    }
    box.appendChild(el("div", "geo-popup-type", typeLabel(props)));
    var table = el("table", "geo-popup-facts");
    addRow(table, "Date", dateText(props));
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
    return box;
  }

  function tooltipText(props) {
    var text = placeOf(props) + " — " + typeLabel(props);
    var date = str(props.date);
    return date !== "" ? text + ", " + date : text;
  }

  function tooltip(props) {
    return el("span", "geo-tooltip", tooltipText(props));
  }

  function configure(styles) {
    STYLES = styles;
  }

  return {
    configure: configure, el: el, placeOf: placeOf, popup: popup, safeUrl: safeUrl, str: str,
    styleOf: styleOf, tooltip: tooltip, tooltipText: tooltipText, typeLabel: typeLabel
  };
})();
