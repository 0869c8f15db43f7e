/* geo map panes: the name of the Leaflet pane of the offline country outlines (basemap.js), which
 * the minimap (controls.js) recognises them by. Pure.
 */

export const BASEMAP_PANE = "geoBasemap";
