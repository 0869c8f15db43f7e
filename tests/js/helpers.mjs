// Shared helpers of the node tests of the map runtime: reading the JSON fixtures written by
// tests/test_map_js.py from the Python reference.
import { readFileSync } from "node:fs";

export function fixture(name) {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}
