import os

from django.core.wsgi import get_wsgi_application

from delivery.wsgi import KeptPagesFirst

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

# Patient pages the shared cache keeps are answered in front of Django (delivery/wsgi.py).
application = KeptPagesFirst(get_wsgi_application())
