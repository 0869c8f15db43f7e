/* geo map controls: period (time slider with play), place search, mission filter, fullscreen,
 * minimap. Plain Leaflet controls; every text from the data is set with textContent.
 */
import { timeHistogram } from "./timechart.js";
import { densityControl } from "./density.js";
import { filterControl } from "./filters.js";
import { BASEMAP_PANE } from "./pane.js";
import { el } from "./popup.js";
import { fitFree } from "./runtime.js";
import { isoDay } from "./table.js";
import { str } from "./text.js";

var uid = 0;

function control(position, className, build) {
  var C = L.Control.extend({
    options: { position: position },
    onAdd: function () {
      var box = L.DomUtil.create("div", "leaflet-control geo-control " + className);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      build(box);
      return box;
    }
  });
  return new C();
}

function plural(n, word) {
  return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s");
}

// Period: two sliders (first and last day) over the events' dates, a play button that moves
// the chosen window forward, and a count of the events shown.
function timeControl(ctl) {
  var domain = ctl.domain;
  var iso = isoDay;
  return control("bottomleft", "geo-time", function (box) {
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Period");
    var head = el("div", "geo-time-head");
    head.appendChild(el("strong", null, "Period"));
    var play = el("button", "geo-time-play", "▶");
    play.type = "button";
    play.setAttribute("aria-label", "Play: move the period forward");
    var reset = el("button", "geo-time-reset", "All");
    reset.type = "button";
    reset.setAttribute("aria-label", "Show all dates");
    head.appendChild(play);
    head.appendChild(reset);
    box.appendChild(head);
    var sliders = [];
    var labels = [];
    ["From", "To"].forEach(function (name, k) {
      var row = el("label", "geo-time-row");
      row.appendChild(el("span", "geo-time-name", name));
      var input = el("input", "geo-time-" + name.toLowerCase());
      input.type = "range";
      input.min = String(domain[0]);
      input.max = String(domain[1]);
      input.step = "1";
      input.value = String(domain[k]);
      input.setAttribute("aria-label", name + " date");
      row.appendChild(input);
      var out = el("output", "geo-time-date", iso(domain[k]));
      row.appendChild(out);
      box.appendChild(row);
      sliders.push(input);
      labels.push(out);
    });
    var count = el("div", "geo-time-count");
    box.appendChild(count);
    var chart = timeHistogram(ctl, function (a, b) {
      stop();
      sliders[0].value = String(a);
      sliders[1].value = String(b);
      apply(0);
    });
    box.insertBefore(chart, head.nextSibling);
    if (ctl.undatedCount > 0) {
      box.appendChild(el("div", "geo-time-note", plural(ctl.undatedCount, "undated event") + " always shown"));
    }
    var timer = null;
    function apply(source) {
      var a = Number(sliders[0].value);
      var b = Number(sliders[1].value);
      if (a > b) {
        // The moved thumb pushes the other one along.
        if (source === 1) {
          sliders[0].value = String(b);
          a = b;
        } else {
          sliders[1].value = String(a);
          b = a;
        }
      }
      labels[0].textContent = iso(a);
      labels[1].textContent = iso(b);
      ctl.setPeriod(a, b);
    }
    function stop() {
      if (timer !== null) {
        clearInterval(timer);
        timer = null;
        play.textContent = "▶";
        play.setAttribute("aria-label", "Play: move the period forward");
      }
    }
    sliders.forEach(function (input, k) {
      input.addEventListener("input", function () { stop(); apply(k); });
    });
    reset.addEventListener("click", function () {
      stop();
      sliders[0].value = String(domain[0]);
      sliders[1].value = String(domain[1]);
      apply(0);
    });
    play.addEventListener("click", function () {
      if (timer !== null) {
        stop();
        return;
      }
      var a = Number(sliders[0].value);
      var b = Number(sliders[1].value);
      var span = domain[1] - domain[0];
      var width = b - a;
      if (width >= span || b >= domain[1]) {
        // Start over with a window of a tenth of the whole period.
        width = Math.max(0, Math.round(span / 10));
        a = domain[0];
      }
      var step = Math.max(1, Math.round(span / 50));
      sliders[0].value = String(a);
      sliders[1].value = String(Math.min(domain[1], a + width));
      apply(0);
      play.textContent = "❚❚";
      play.setAttribute("aria-label", "Pause");
      timer = setInterval(function () {
        var next = Number(sliders[0].value) + step;
        if (next + width > domain[1]) {
          stop();
          return;
        }
        sliders[0].value = String(next);
        sliders[1].value = String(next + width);
        apply(0);
      }, 600);
    });
    function showCount() {
      var s = ctl.stats();
      count.textContent = s.active.toLocaleString("en") + " of " + plural(s.events, "event") + " in this period";
    }
    ctl.onUpdate(showCount);
    showCount();
  });
}

// Search: events whose place or written name contains the text (Enter), and zoom to them.
function searchControl(ctl) {
  return control("topleft", "geo-search", function (box) {
    var form = el("form", "geo-search-form");
    form.setAttribute("role", "search");
    var input = el("input", "geo-search-input");
    input.type = "search";
    input.placeholder = "Search places";
    input.setAttribute("aria-label", "Search places");
    var listId = "geo-places-" + (uid += 1);
    var list = el("datalist");
    list.id = listId;
    input.setAttribute("list", listId);
    var names = {};
    ["place", "name"].forEach(function (field) {
      var f = ctl.d.fields[field];
      (f ? f.values : []).forEach(function (v) {
        if (typeof v === "string" && v !== "") {
          names[v] = true;
        }
      });
    });
    Object.keys(names).sort().slice(0, 2000).forEach(function (name) {
      var option = el("option");
      option.value = name;
      list.appendChild(option);
    });
    var go = el("button", "geo-search-go", "Find");
    go.type = "submit";
    var status = el("div", "geo-search-status");
    status.setAttribute("aria-live", "polite");
    form.appendChild(input);
    form.appendChild(go);
    form.appendChild(list);
    box.appendChild(form);
    box.appendChild(status);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var found = ctl.search(input.value);
      if (input.value.trim() === "") {
        status.textContent = "";
        return;
      }
      var s = ctl.stats();
      status.textContent = found === 0 ? "No place matches" : plural(s.shown, "event") + " at matching places";
      var bounds = ctl.activeBounds();
      if (bounds) {
        ctl.map.closePopup();
        fitFree(ctl.map, bounds, { margin: 10, maxZoom: 12 });
      }
    });
    input.addEventListener("input", function () {
      if (input.value === "" && ctl.placeAllowed !== null) {
        ctl.search("");
        status.textContent = "";
      }
    });
  });
}

// Missions: one checkbox per mission present (and one for events of no mission).
function missionControl(ctl) {
  var f = ctl.d.fields.mission;
  var entries = f.values.map(function (v, code) { return { code: code, label: v }; });
  entries.sort(function (a, b) {
    return (a.label === null) - (b.label === null) || String(a.label).localeCompare(String(b.label));
  });
  return control("topright", "geo-missions", function (box) {
    var details = el("details");
    details.appendChild(el("summary", "geo-missions-heading", "Missions"));
    var allowed = f.values.map(function () { return true; });
    entries.forEach(function (entry) {
      var row = el("label", "geo-mission");
      var check = el("input");
      check.type = "checkbox";
      check.checked = true;
      check.addEventListener("change", function () {
        allowed[entry.code] = check.checked;
        ctl.setMissions(allowed.every(Boolean) ? null : allowed.slice());
      });
      row.appendChild(check);
      row.appendChild(el("span", null, entry.label === null ? "No mission" : str(entry.label)));
      details.appendChild(row);
    });
    box.appendChild(details);
  });
}

// Fullscreen (Fullscreen API): the whole page when the map fills it (title and legend
// included), else the map's own box.
function fullscreenControl(ctl) {
  var map = ctl.map;
  return control("topleft", "geo-fullscreen leaflet-bar", function (box) {
    var button = el("button", "geo-fullscreen-button");
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("aria-hidden", "true");
    var path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", "M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5");
    path.setAttribute("fill", "none");
    path.setAttribute("stroke", "#1a1a1a");
    path.setAttribute("stroke-width", "2");
    svg.appendChild(path);
    button.appendChild(svg);
    button.type = "button";
    button.title = "Fullscreen";
    button.setAttribute("aria-label", "Fullscreen");
    button.setAttribute("aria-pressed", "false");
    box.appendChild(button);
    var doc = document;
    if (!doc.fullscreenEnabled) {
      button.disabled = true;
    }
    button.addEventListener("click", function () {
      if (doc.fullscreenElement) {
        doc.exitFullscreen();
        return;
      }
      var container = map.getContainer();
      var fills = container.offsetWidth >= window.innerWidth - 1 && container.offsetHeight >= window.innerHeight - 1;
      var target = fills ? doc.documentElement : container;
      var done = target.requestFullscreen();
      if (done && typeof done.catch === "function") {
        done.catch(function () { button.setAttribute("aria-pressed", "false"); });
      }
    });
    doc.addEventListener("fullscreenchange", function () {
      button.setAttribute("aria-pressed", doc.fullscreenElement ? "true" : "false");
      map.invalidateSize();
    });
  });
}

// Minimap: a small second map (same base tiles) showing where the main view lies; a click on
// it centres the main map there.
function minimapControl(ctl) {
  var map = ctl.map;
  return control("bottomleft", "geo-minimap", function (box) {
    box.setAttribute("aria-hidden", "true");
    var holder = el("div", "geo-minimap-map");
    box.appendChild(holder);
    setTimeout(function () {
      var mini = L.map(holder, {
        attributionControl: false, zoomControl: false, dragging: false, scrollWheelZoom: false,
        doubleClickZoom: false, boxZoom: false, keyboard: false, touchZoom: false, fadeAnimation: false,
        zoomAnimation: false
      });
      mini.setView(map.getCenter(), Math.max(0, map.getZoom() - 5), { animate: false });
      map.eachLayer(function (layer) {
        if (layer instanceof L.TileLayer && layer._url) {
          L.tileLayer(layer._url, {
            subdomains: layer.options.subdomains, maxZoom: layer.options.maxZoom,
            minZoom: layer.options.minZoom
          }).addTo(mini);
        } else if (layer instanceof L.GeoJSON && layer.options.pane === BASEMAP_PANE) {
          // The offline country outlines (basemap.js), drawn the same way.
          L.geoJSON(layer.toGeoJSON(), { style: layer.options.style, interactive: false }).addTo(mini);
        }
      });
      var frame = L.rectangle(map.getBounds(), { weight: 1.5, color: "#D55E00", fill: false, interactive: false }).addTo(mini);
      function sync() {
        mini.setView(map.getCenter(), Math.max(0, map.getZoom() - 5), { animate: false });
        frame.setBounds(map.getBounds());
      }
      sync();
      map.on("moveend zoomend resize", sync);
      mini.on("click", function (e) { map.panTo(e.latlng); });
      box._geoMinimap = mini;
    }, 0);
  });
}

// Add the controls chosen in `options` (all unless false) for events controller `ctl`.
export function add(ctl, options) {
  var map = ctl.map;
  if (options.fullscreen !== false) {
    fullscreenControl(ctl).addTo(map);
  }
  if (options.search !== false) {
    searchControl(ctl).addTo(map);
  }
  var missions = ctl.d.fields.mission;
  if (options.missions !== false && missions && missions.values.some(function (v) { return v !== null; })) {
    missionControl(ctl).addTo(map);
  }
  if (options.density !== false) {
    densityControl(ctl).addTo(map);
  }
  if (options.filters !== false) {
    var filters = filterControl(ctl);
    if (filters !== null) {
      filters.addTo(map);
    }
  }
  if (options.time !== false && ctl.domain !== null) {
    timeControl(ctl).addTo(map);
  }
  if (options.minimap !== false) {
    minimapControl(ctl).addTo(map);
  }
}
