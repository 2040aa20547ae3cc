"""Helpers shared by the test suite; conftest.py files hold only fixtures.

factories       users, references, therapy statuses and draft articles
publishing      submitting, signing and putting articles live; rewording claims
editor_forms    the POST data Wagtail's page editor sends
editor_posts    posting that data as a writer would, with reason boxes
snippet_forms   the POST data of the snippet admin
review_screen   the director's review screen: its URL and its signing form
snapshots       what must not change when a publish is refused
history         several live versions, back-dated publications
browser         steps shared by the Playwright tests
"""
