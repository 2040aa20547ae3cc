from django.urls import path

from audit import export_views, views

app_name = "audit"

urlpatterns = [
    path("", views.index, name="index"),
    path("sign-offs.csv", export_views.export_csv, name="export_csv"),
    path("sign-offs.json", export_views.export_json, name="export_json"),
    path("articles/<int:page_id>/", views.article_history, name="article_history"),
    path("articles/<int:page_id>/compare/", views.compare, name="compare"),
    path("articles/<int:page_id>/live-on/", views.live_on, name="live_on"),
    path(
        "articles/<int:page_id>/claims/<str:block_id>/", views.claim_history, name="claim_history"
    ),
    path(
        "articles/<int:page_id>/versions/<int:revision_id>/as-served/",
        views.as_served,
        name="as_served",
    ),
    path(
        "articles/<int:page_id>/versions/<int:revision_id>/sheet/",
        views.sign_off_sheet,
        name="sheet",
    ),
    path(
        "articles/<int:page_id>/versions/<int:revision_id>/sheet.pdf",
        export_views.sign_off_sheet_pdf,
        name="sheet_pdf",
    ),
]
