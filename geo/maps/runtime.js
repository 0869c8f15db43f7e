/* geo map runtime: draws event markers, popups and tooltips from embedded GeoJSON.
 *
 * Security: every value taken from feature data reaches the page through document.createElement,
 * textContent, setAttribute or the URL of a checked http(s) link, never through innerHTML or string
 * concatenation into markup. The only markup set as HTML is the marker SVG of the STYLES table, which
 * is built by geo from its own vocabulary.
 */
var geoMapRuntime = (function () {
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

  var SVG_NS = "http://www.w3.org/2000/svg";

  function offsetOf(feature) {
    var offset = feature.offset;
    if (Array.isArray(offset) && offset.length === 2 && isFinite(offset[0]) && isFinite(offset[1])) {
      return [Number(offset[0]), Number(offset[1])];
    }
    return [0, 0];
  }

  // The icon of a marker drawn `offset` pixels away from its point (the same at every zoom).
  function icon(props, offset) {
    var style = styleOf(props);
    var size = STYLES.size;
    var half = size / 2;
    return L.divIcon({
      html: style.svg,
      className: "geo-marker",
      iconSize: [size, size],
      iconAnchor: [half - offset[0], half - offset[1]],
      popupAnchor: [offset[0], offset[1] - half],
      tooltipAnchor: [offset[0] + half, offset[1]]
    });
  }

  // A thin line from the true point to a spread marker, with a dot on the point; it ignores the
  // pointer so that it never hides a neighbouring marker from clicks.
  function leader(offset) {
    var half = STYLES.size / 2;
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("class", "geo-leader");
    svg.setAttribute("width", "1");
    svg.setAttribute("height", "1");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var line = document.createElementNS(SVG_NS, "line");
    line.setAttribute("x1", String(half - offset[0]));
    line.setAttribute("y1", String(half - offset[1]));
    line.setAttribute("x2", String(half));
    line.setAttribute("y2", String(half));
    svg.appendChild(line);
    var dot = document.createElementNS(SVG_NS, "circle");
    dot.setAttribute("cx", String(half - offset[0]));
    dot.setAttribute("cy", String(half - offset[1]));
    dot.setAttribute("r", "3");
    svg.appendChild(dot);
    return svg;
  }

  function layer(data) {
    return L.geoJSON(data, {
      pointToLayer: function (feature, latlng) {
        var props = feature.properties || {};
        var offset = offsetOf(feature);
        var marker = L.marker(latlng, { icon: icon(props, offset), riseOnHover: true });
        marker.on("add", function () {
          var node = marker.getElement();
          if (node) {
            node.setAttribute("aria-label", tooltipText(props));
            if ((offset[0] !== 0 || offset[1] !== 0) && !node.querySelector(".geo-leader")) {
              node.insertBefore(leader(offset), node.firstChild);
            }
          }
        });
        return marker;
      },
      onEachFeature: function (feature, lyr) {
        var props = feature.properties || {};
        lyr.bindPopup(function () { return popup(props); }, { maxWidth: 340 });
        lyr.bindTooltip(function () { return tooltip(props); }, { direction: "right" });
      }
    });
  }

  // Boxes drawn over the map (controls, legend, title), in container pixels.
  function boxesOver(map) {
    var container = map.getContainer();
    var outer = container.getBoundingClientRect();
    var nodes = Array.prototype.slice.call(container.querySelectorAll(".leaflet-control"));
    nodes = nodes.concat(Array.prototype.slice.call(document.querySelectorAll(".geo-legend, .geo-title")));
    var boxes = [];
    nodes.forEach(function (node) {
      var rect = node.getBoundingClientRect();
      var box = {
        left: Math.max(rect.left, outer.left) - outer.left,
        top: Math.max(rect.top, outer.top) - outer.top,
        right: Math.min(rect.right, outer.right) - outer.left,
        bottom: Math.min(rect.bottom, outer.bottom) - outer.top
      };
      if (box.right > box.left && box.bottom > box.top) {
        boxes.push(box);
      }
    });
    return boxes;
  }

  // The icon box of every marker on the map, relative to its point (spread markers included).
  function markerBoxes(map) {
    var marks = [];
    map.eachLayer(function (lyr) {
      if (lyr instanceof L.Marker) {
        var opts = lyr.options.icon.options;
        var size = L.point(opts.iconSize || [0, 0]);
        var anchor = opts.iconAnchor ? L.point(opts.iconAnchor) : size.divideBy(2);
        marks.push({
          latlng: lyr.getLatLng(),
          x0: -anchor.x,
          y0: -anchor.y,
          x1: size.x - anchor.x,
          y1: size.y - anchor.y
        });
      }
    });
    return marks;
  }

  function extentAt(map, marks, zoom) {
    var min = L.point(Infinity, Infinity);
    var max = L.point(-Infinity, -Infinity);
    marks.forEach(function (mark) {
      var p = map.project(mark.latlng, zoom);
      min.x = Math.min(min.x, p.x + mark.x0);
      min.y = Math.min(min.y, p.y + mark.y0);
      max.x = Math.max(max.x, p.x + mark.x1);
      max.y = Math.max(max.y, p.y + mark.y1);
    });
    return { min: min, max: max, size: max.subtract(min) };
  }

  // Paddings [left, top, right, bottom] that keep every box over the map clear: each box is
  // avoided either sideways or vertically, on its nearest side; all combinations are returned.
  function paddings(boxes, size, margin) {
    var result = [];
    boxes = boxes.slice(0, 10);
    for (var mask = 0; mask < (1 << boxes.length); mask++) {
      var pad = [0, 0, 0, 0];
      for (var i = 0; i < boxes.length; i++) {
        var b = boxes[i];
        if (mask & (1 << i)) {
          if (b.top + b.bottom < size.y) {
            pad[1] = Math.max(pad[1], b.bottom);
          } else {
            pad[3] = Math.max(pad[3], size.y - b.top);
          }
        } else if (b.left + b.right < size.x) {
          pad[0] = Math.max(pad[0], b.right);
        } else {
          pad[2] = Math.max(pad[2], size.x - b.left);
        }
      }
      result.push(pad.map(function (p) { return Math.ceil(p) + margin; }));
    }
    return result;
  }

  // Open the map on its markers, as close as options.maxZoom allows, with every marker icon
  // (spread ones at their offsets) outside the title, legend and controls. Falls back to
  // fitting options.bounds when no marker is shown.
  function fit(map, options) {
    var margin = options.margin;
    var marks = markerBoxes(map);
    if (!marks.length) {
      map.fitBounds(options.bounds, { padding: [margin + STYLES.size, margin + STYLES.size], maxZoom: options.maxZoom, animate: false });
      return;
    }
    var size = map.getSize();
    var top = Math.min(options.maxZoom, map.getMaxZoom());
    var bottom = Math.max(0, map.getMinZoom());
    var extents = {};
    for (var z = top; z >= bottom; z--) {
      extents[z] = extentAt(map, marks, z);
    }
    var best = null;
    paddings(boxesOver(map), size, margin).forEach(function (pad) {
      var free = L.point(size.x - pad[0] - pad[2], size.y - pad[1] - pad[3]);
      if (free.x <= 0 || free.y <= 0) {
        return;
      }
      for (var zoom = top; zoom >= bottom; zoom--) {
        var ext = extents[zoom];
        if (ext.size.x <= free.x && ext.size.y <= free.y) {
          var area = free.x * free.y;
          if (best === null || zoom > best.zoom || (zoom === best.zoom && area > best.area)) {
            best = { zoom: zoom, area: area, pad: pad, free: free };
          }
          return;
        }
      }
    });
    if (best === null) {
      best = { zoom: bottom, pad: [margin, margin, margin, margin], free: size.subtract([2 * margin, 2 * margin]) };
    }
    // Put the centre of the markers' extent at the centre of the free area.
    var ext = extents[best.zoom];
    var freeCentre = L.point(best.pad[0] + best.free.x / 2, best.pad[1] + best.free.y / 2);
    var pixel = ext.min.add(ext.max).divideBy(2).add(size.divideBy(2)).subtract(freeCentre);
    map.setView(map.unproject(pixel, best.zoom), best.zoom, { animate: false });
  }

  function configure(styles) {
    STYLES = styles;
  }

  return { configure: configure, fit: fit, layer: layer, safeUrl: safeUrl };
})();
