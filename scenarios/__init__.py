"""Built-in scenarios shipped with roleplay (YAML files beside this module)."""
