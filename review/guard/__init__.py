"""The publish guard: a treatment article's content is live only if a completed medical review
approved exactly that content, and every claim in it carries a sign-off of its exact wording.

- `rule`: the rule itself (`publish_refusal`) and `errors`, the refusals it gives;
- `entry`: the one module the page models import (publish and serve call it);
- `receivers`: the model signals that hold the rule below the admin, connected by model label;
- `finish`: what a completed review does (publish the signed revision);
- `serving`: the serve-time check behind it all;
- `hooks` and `evidence`: the admin screens' refusals, which turn the rule into messages.

See docs/publish-guard.md.
"""
