"""The contract every stage shares: articles, spans, places, event features, schema, GeoJSON, frames."""
