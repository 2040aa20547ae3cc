"""Demo treatment articles, references, therapy statuses and reviewer profiles, as plain data."""
