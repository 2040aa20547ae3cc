"""`manage.py run_lifecycle_jobs`: the periodic trigger for the review lifecycle's jobs.

By default it puts each job on the `lifecycle` queue for `db_worker` (skipping one already
waiting there, so a stopped worker does not come back to a pile); `--now` runs them here
instead, for a cron line with no worker; `--every SECONDS` repeats, which is how `make run`
keeps the demo's schedule going beside the development server.
"""

import time

from django_tasks_db.models import DBTaskResult

from django.core.management.base import BaseCommand, CommandError

from lifecycle.jobs import JOBS


def waiting(job):
    return DBTaskResult.objects.ready().filter(task_path=job.module_path).exists()


class Command(BaseCommand):
    help = "Enqueue (or with --now, run) the review lifecycle's jobs."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Run the jobs here, in order.")
        parser.add_argument(
            "--job", action="append", choices=sorted(JOBS), help="Only this job (repeatable)."
        )
        parser.add_argument(
            "--every", type=int, metavar="SECONDS", help="Repeat every SECONDS until stopped."
        )

    def handle(self, *args, **options):
        names = options["job"] or list(JOBS)
        if options["every"] is not None and options["every"] < 1:
            raise CommandError("--every needs a number of seconds, 1 or more.")
        while True:
            for name in names:
                self._trigger(JOBS[name], run_now=options["now"])
            if options["every"] is None:
                return
            time.sleep(options["every"])

    def _trigger(self, job, *, run_now):
        if run_now:
            self.stdout.write(f"{job.name}: {job.call()}")
        elif waiting(job):
            self.stdout.write(f"{job.name}: already waiting for the worker")
        else:
            self.stdout.write(f"{job.name}: enqueued ({job.enqueue().id})")
