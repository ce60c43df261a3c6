"""The core: data model, rules and services per capability. Imports no Qt."""
