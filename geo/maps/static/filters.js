/* geo map filters: a folded "Filters" control (top right) with one folded section per field that
 * has at least two values (type, sub-type, actor, country, precision, confidence; facets.js), a
 * checkbox per value with its count. The filters combine with the period, missions, search and
 * layers (events.js setFilter).
 *
 * Security: labels from the data reach the page through textContent only (popup.js el).
 */
import { allowedCodes, facet, FACET_FIELDS } from "./facets.js";
import { el } from "./popup.js";
import { typeLabel } from "./text.js";

function labelOfType(value) {
  return typeLabel({ event_type: value });
}

// The Filters control of events controller `ctl`, or null when no field offers a choice.
export function filterControl(ctl) {
  var facets = FACET_FIELDS.map(function (entry) {
    var fc = facet(ctl.d, entry[0], ctl.d.w, labelOfType);
    return fc === null ? null : { fc: fc, heading: entry[1] };
  }).filter(Boolean);
  if (!facets.length) {
    return null;
  }
  var Control = L.Control.extend({
    options: { position: "topright" },
    onAdd: function () {
      var box = el("div", "geo-control geo-filters leaflet-control");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      var details = el("details");
      details.appendChild(el("summary", "geo-filters-heading", "Filters"));
      facets.forEach(function (entry) {
        var section = el("details", "geo-filter");
        section.setAttribute("data-field", entry.fc.name);
        section.appendChild(el("summary", null, entry.heading));
        var checked = entry.fc.options.map(function () { return true; });
        entry.fc.options.forEach(function (option, k) {
          var row = el("label", "geo-filter-option");
          var check = el("input");
          check.type = "checkbox";
          check.checked = true;
          check.addEventListener("change", function () {
            checked[k] = check.checked;
            ctl.setFilter(entry.fc.name, allowedCodes(entry.fc, checked));
          });
          row.appendChild(check);
          row.appendChild(el("span", null, option.label + " (" + Math.round(option.n).toLocaleString("en") + ")"));
          section.appendChild(row);
        });
        details.appendChild(section);
      });
      box.appendChild(details);
      return box;
    }
  });
  return new Control();
}
