from health_check.views import HealthCheckView

from django.urls import path

app_name = "delivery"

# For the load balancer and monitoring: every part a patient page needs answers. Storage is
# checked by writing and deleting a small file, so a read-only bucket shows up here first.
urlpatterns = [
    path(
        "health/",
        HealthCheckView.as_view(
            checks=[
                "health_check.checks.Database",
                "health_check.checks.Cache",
                "health_check.checks.Storage",
            ]
        ),
        name="health",
    ),
]
