/* geo map data: inflating the compressed block of long popup texts (table.js `lazy`).
 *
 * The block is the base64 of zlib-compressed JSON (geo/maps/table.py). The browser's own
 * DecompressionStream inflates it off the parser's path; nothing is downloaded.
 */

// A Promise of the JSON value packed in `z` (base64 of zlib data).
export function inflateJson(z) {
  if (typeof DecompressionStream === "undefined") {
    return Promise.reject(new Error("this browser cannot inflate data (no DecompressionStream)"));
  }
  var binary = atob(z);
  var bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
  return new Response(stream).text().then(JSON.parse);
}
