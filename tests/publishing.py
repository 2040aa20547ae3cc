"""Putting test articles live the way the clinic does."""


def go_live(article):
    article.get_latest_revision().publish()
    article.refresh_from_db()
    return article
