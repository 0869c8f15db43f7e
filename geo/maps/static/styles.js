/* geo map styles: the marker style table the page configures once (geoMapRuntime.configure).
 *
 * Pure (no DOM, no Leaflet): the table is built by geo from its own vocabulary (size, spider spacing,
 * layers, and label, colour, SVG and layer of every event type).
 */

let STYLES = null;

// Set the style table: { size, spacing, layers, types: {type: style}, unknown }.
export function configure(table) {
  STYLES = table;
}

// The configured style table (null before configure).
export function styles() {
  return STYLES;
}

// Whether plain object `obj` has its own property `key`.
export function has(obj, key) {
  return obj !== null && typeof obj === "object" && Object.prototype.hasOwnProperty.call(obj, key);
}

// The style of the event with properties `props` (the shared "unknown" style for other types).
export function styleOf(props) {
  const type = props.event_type;
  return typeof type === "string" && has(STYLES.types, type) ? STYLES.types[type] : STYLES.unknown;
}

// The CSS class of the precision of the event's point (geo_precision 1 site, 2 town or city:
// "geo-prec-site"; 3 admin region: "geo-prec-region"; 4 country or sea: "geo-prec-country").
export function precisionClass(props) {
  const p = props.geo_precision;
  if (p === 4) {
    return "geo-prec-country";
  }
  return p === 3 ? "geo-prec-region" : "geo-prec-site";
}
