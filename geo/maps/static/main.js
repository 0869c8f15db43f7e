/* geo map runtime entry point: what the page's own inline scripts call, as the global
 * geoMapRuntime of the bundle (geo/maps/bundle.py).
 *
 * The page calls configure(styles) once, init(map, data, groups, options) for the events of each
 * map, and fit(map, options) for the opening view. Two read-only debug hooks are published on
 * window: geoMap (stats(k), count(): what each map shows) and geoMapLayout (the pure geometry of
 * the opening view and of the spider of a clicked cluster, which tests check).
 */
import { count, init, stats } from "./events.js";
import { paddings } from "./layout.js";
import { fit, fitFree } from "./runtime.js";
import { spiderOffsets } from "./spider.js";
import { configure as configureStyles, styles } from "./styles.js";

// Set the marker style table (sizes, spider spacing, layers, styles of the event types).
export function configure(table) {
  configureStyles(table);
}

export { fit, fitFree, init, styles };

function publish(name, value) {
  if (typeof window !== "undefined" && !window[name]) {
    Object.defineProperty(window, name, { value: Object.freeze(value), writable: false, configurable: false });
  }
}

publish("geoMap", { stats: stats, count: count });
publish("geoMapLayout", { paddings: paddings, spiderOffsets: spiderOffsets });
