// ESLint flat config for the map runtime (geo/maps/static, ES modules bundled by
// geo/maps/bundle.py) and its node tests (tests/js).
import js from "@eslint/js";
import globals from "globals";

// Modules that must run without a DOM or Leaflet (node --test imports them): ES globals only.
const PURE = [
  "cells.js", "facets.js", "hexbin.js", "histogram.js", "layout.js", "pane.js", "spider.js", "styles.js", "table.js",
  "text.js", "labels.js",
].map(
  (name) => `geo/maps/static/${name}`
);

const RULES = {
  // The bundler finds statements by their semicolons and copies exported bindings.
  semi: ["error", "always"],
  eqeqeq: ["error", "always"],
  "no-shadow": "error",
};

export default [
  js.configs.recommended,
  {
    files: ["geo/maps/static/**/*.js"],
    ignores: PURE,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, L: "readonly" },
    },
    rules: RULES,
  },
  {
    files: PURE,
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { URL: "readonly" } },
    rules: RULES,
  },
  {
    // The review page (geo review): ES modules loaded by the browser as they are; Leaflet is optional.
    files: ["geo/review/static/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, L: "readonly" },
    },
    rules: RULES,
  },
  {
    files: ["tests/js/**/*.mjs", "eslint.config.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
