"""The mistake catalog, the scoring rules and credits, and the scorecard."""
