"""Building blocks of :mod:`geo.validate`: semantic property checks and country bounding boxes."""
