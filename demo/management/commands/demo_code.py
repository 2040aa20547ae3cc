from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from demo.identity import DEVICE_NAME, code_now, demo_key


class Command(BaseCommand):
    help = "Print the code a demo account's authenticator shows now (never in production)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError("demo_code refuses to run with production settings.")
        user = get_user_model().objects.filter(username=username).first()
        device = user and user.totpdevice_set.filter(name=DEVICE_NAME).first()
        if device is None or device.key != demo_key(username):
            raise CommandError(f"{username!r} has no demo authenticator. Run `load_demo` first.")
        code, seconds = code_now(device)
        if code is None:
            raise CommandError(f"That code was just used; the next one comes in {seconds}s.")
        self.stdout.write(code)
        self.stderr.write(f"(good for about {seconds}s, once)")
