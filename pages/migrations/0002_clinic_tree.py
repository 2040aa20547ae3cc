"""Replace Wagtail's welcome page with the clinic's home page and its treatments section.

The tree's shape is fixed here (not left to the demo loader) so that a real clinic install and
the demo have the same treatments section for groups, permissions and the review workflow.
"""

from django.db import migrations

HOME_PATH = "00010001"
TREATMENTS_PATH = HOME_PATH + "0001"


def create_clinic_tree(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("pages.HomePage")
    TreatmentIndexPage = apps.get_model("pages.TreatmentIndexPage")
    Locale = apps.get_model("wagtailcore.Locale")

    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", slug="home").delete()
    locale = Locale.objects.order_by("pk").first()

    home = HomePage.objects.create(
        title="Claimcheck Clinic",
        draft_title="Claimcheck Clinic",
        slug="home",
        content_type=ContentType.objects.get_for_model(HomePage),
        path=HOME_PATH,
        depth=2,
        numchild=1,
        url_path="/home/",
        locale=locale,
        intro="Clear, medically reviewed information about the treatments we offer.",
    )
    TreatmentIndexPage.objects.create(
        title="Treatments",
        draft_title="Treatments",
        slug="treatments",
        content_type=ContentType.objects.get_for_model(TreatmentIndexPage),
        path=TREATMENTS_PATH,
        depth=3,
        numchild=0,
        url_path="/home/treatments/",
        locale=locale,
        intro="Every article here was checked, claim by claim, by one of our medical directors.",
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)


def remove_clinic_tree(apps, schema_editor):
    apps.get_model("wagtailcore.Page").objects.filter(path__startswith=HOME_PATH).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_clinic_tree, remove_clinic_tree)]
