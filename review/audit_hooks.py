"""Admin hooks for the audit history and exports (docs/audit-and-export.md)."""
