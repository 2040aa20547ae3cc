"""The audit trail of sign-offs: tamper evidence, history, exports (docs/audit-and-export.md)."""
