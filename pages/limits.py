"""How much an article may hold: far more than a real article needs, far less than an attack sends.

Each limit has a clear message where it is enforced: the block and field limits are form errors
on the block or field (pages/blocks, pages/models/article.py); the article-wide ones refuse the
whole post with a 400 page (pages/posted.py). bench/bench_limits.py times a save at each.
"""

TITLE_MAX_CHARS = 255  # Wagtail's own limit on a page title
SUMMARY_MAX_CHARS = 1_000  # "two or three plain sentences"
HEADING_MAX_CHARS = 200
CLAIM_MAX_CHARS = 1_500  # one statement of medical fact, as the reader sees it (tags not counted)
TEXT_BLOCK_MAX_CHARS = 10_000  # one plain-text block, about 1,700 words
NOTE_MAX_CHARS = 2_000  # a reviewer note, a caption, an FAQ question

# Blocks of every kind in one article, nested ones included (not list items): room for a
# 500-claim reference article with its sections and headings.
BLOCKS_MAX = 600
ARTICLE_MAX_CHARS = 150_000  # the whole body's text and markup, about 22,000 words

# The editor's rich-text JSON is a few times longer than the text it carries; anything far
# longer than that is refused before it is parsed.
RICH_TEXT_JSON_OVERHEAD = 10
