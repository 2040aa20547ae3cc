"""Admin hooks that keep every publish route behind the publish guard (docs/publish-guard.md)."""
