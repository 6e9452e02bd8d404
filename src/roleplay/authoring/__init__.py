"""Tools for scenario writers: YAML with positions, lint, schema, graph, coverage, tests."""
