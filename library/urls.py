from django.urls import path

from library.views import claims, promotion, review_screen, spreadsheet

app_name = "library"

urlpatterns = [
    path("review/<int:task_state_id>/", review_screen.review, name="review"),
    path("<int:claim_id>/used-in/", claims.used_in, name="used_in"),
    path("<int:claim_id>/withdraw/", claims.withdraw, name="withdraw"),
    path("promote/", promotion.promote_index, name="promote_index"),
    path("promote/<int:page_id>/", promotion.promote_from_article, name="promote"),
    path("spreadsheet/", spreadsheet.spreadsheet, name="spreadsheet"),
    path("spreadsheet/claims-library.csv", spreadsheet.export, name="export"),
]
