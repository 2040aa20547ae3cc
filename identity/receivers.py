"""Signals that turn every change of who may sign into an appointment request.

Connected by model label (README, "Layout"): adding a user to Medical directors from Wagtail's
user screen, the group's members, the API or code all go through the user-groups relation's
`m2m_changed`; every save of a reviewer profile goes through its `post_save`. Lockouts come
from django-axes's `user_locked_out`.
"""

from axes.signals import user_locked_out
from simple_history.models import HistoricalRecords

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import m2m_changed, post_save

from identity import appointments, lockout, sessions
from identity.models import AppointmentKind
from identity.roles import MEDICAL_DIRECTORS, forget_roles


def _acting_user():
    """The person behind the current request, when there is one (simple_history keeps it)."""
    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def _director_group_ids():
    return set(Group.objects.filter(name=MEDICAL_DIRECTORS).values_list("pk", flat=True))


def _affected_users(instance, reverse, pk_set):
    """The users joining or leaving Medical directors in this change of the relation."""
    directors = _director_group_ids()
    User = get_user_model()
    if reverse:  # group.user_set.add(...): `instance` is the group
        if instance.pk not in directors:
            return []
        return list(User.objects.filter(pk__in=pk_set or ()))
    if pk_set is not None and not directors & set(pk_set):
        return []
    return [instance]


def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not reverse and action.startswith("post_"):
        forget_roles(instance)
    if action == "post_add":
        for user in _affected_users(instance, reverse, pk_set):
            appointments.request_appointment(
                appointee=user, kind=AppointmentKind.ROLE, requested_by=_acting_user()
            )
    elif action == "post_remove":
        for user in _affected_users(instance, reverse, pk_set):
            appointments.record_removal(appointee=user, removed_by=_acting_user())
    elif action == "pre_clear":
        # After a clear Django no longer says which groups went, so look before it.
        if reverse:
            users = _affected_users(instance, True, instance.user_set.values_list("pk", flat=True))
        else:
            users = [instance] if instance.groups.filter(name=MEDICAL_DIRECTORS).exists() else []
        for user in users:
            appointments.record_removal(appointee=user, removed_by=_acting_user())


def profile_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        appointments.request_licence_check(profile=instance, requested_by=_acting_user())


def connect():
    m2m_changed.connect(
        groups_changed, sender=get_user_model().groups.through, dispatch_uid="identity-groups"
    )
    post_save.connect(
        profile_saved,
        sender="review.ReviewerProfile",
        dispatch_uid="identity-reviewer-profile",
    )
    user_locked_out.connect(lockout.locked_out, dispatch_uid="identity-locked-out")
    user_logged_in.connect(sessions.logged_in, dispatch_uid="identity-logged-in")
