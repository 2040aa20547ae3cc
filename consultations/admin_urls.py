from django.urls import path

from consultations import admin_views

app_name = "consultations_admin"

urlpatterns = [
    path("", admin_views.index, name="index"),
    path("export.csv", admin_views.export_csv, name="export"),
    path("access-log/", admin_views.access_log, name="access_log"),
    path("<int:pk>/", admin_views.detail, name="detail"),
    path("<int:pk>/delete/", admin_views.delete, name="delete"),
]
