"""A signature approves one moment: only the latest approved version may be live.

Version 1 (with a risk claim) was approved; version 2 dropped the risk and was approved and
went live. Reviving version 1, by reverting in the editor or publishing its revision from
code, is refused; submitted again, the dropped risk is shown "withdrawn" and needs a decision.
"""

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import GroupPagePermission

from pages.models import TreatmentArticlePage
from review.guard.errors import SupersededApprovalError, WithdrawnApprovalError
from review.models import Decision, SignOff
from review.selectors import WITHDRAWN, claims_under_review
from tests.support import editor_forms
from tests.support.factories import UserFactory, add_article, signing_director
from tests.support.history import drop_last_risk
from tests.support.identity import TwoFactorClient
from tests.support.publishing import go_live, submit_for_review
from tests.support.review_screen import review_url, signing_post
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db

REMOVAL_REASON = "The evidence for this risk statement was retracted."


@pytest.fixture
def risk_dropped(writer):
    """Version 1 approved with four claims; version 2, without the last risk, approved and live.

    The director who approved version 2 confirmed the removal with a reason, on the screen.
    """
    article = go_live(add_article(owner=writer))
    version_1 = article.live_revision
    dropped = article.claims[-1]
    drop_last_risk(article, writer)
    task_state = submit_for_review(article, writer)
    okafor = signing_director(username="okafor", first_name="Ada", last_name="Okafor")
    client = TwoFactorClient()  # the director's own browser
    client.force_login(okafor)
    data = signing_post(task_state)
    data[f"removal-reason-{dropped.block_id}"] = REMOVAL_REASON
    assert client.post(review_url(task_state), data).status_code == 302
    article = TreatmentArticlePage.objects.get(pk=article.pk)
    assert article.live_revision_id == task_state.revision_id
    assert dropped.block_id not in {claim.block_id for claim in article.claims}
    return article, version_1, dropped


def messages_of(response):
    return [str(message) for message in response.wsgi_request._messages]


def test_reverting_to_an_older_approved_version_and_publishing_is_refused(
    superuser_client, risk_dropped
):
    article, version_1, dropped = risk_dropped
    before = snapshot(article)
    old = version_1.as_object()
    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[article.pk, version_1.pk])

    response = superuser_client.post(
        revert_url,
        editor_forms.edit_form(article, editor_forms.body_as_posted(old), summary=old.summary),
    )

    assert response.status_code == 302
    assert "a later review approved a newer version" in messages_of(response)[0]
    assert snapshot(article) == before
    assert "Risk statement 1." not in superuser_client.get(article.url).content.decode()


def test_publishing_an_older_approved_revision_from_code_is_refused(risk_dropped, superuser):
    article, version_1, _ = risk_dropped
    before = snapshot(article)

    with pytest.raises(SupersededApprovalError):
        version_1.publish(user=superuser)
    with pytest.raises(SupersededApprovalError):
        version_1.as_object().save_revision(user=superuser).publish(user=superuser)

    after = snapshot(article)
    assert (after.live, after.live_revision_id, after.body) == (
        before.live,
        before.live_revision_id,
        before.body,
    )


def test_a_reverted_version_submitted_again_shows_the_removed_claim_withdrawn(
    client, risk_dropped, writer, director
):
    article, version_1, dropped = risk_dropped
    version_1.as_object().save_revision(user=writer)  # the writer reverts to version 1
    task_state = submit_for_review(TreatmentArticlePage.objects.get(pk=article.pk), writer)
    client.force_login(director)

    rows = claims_under_review(article, task_state.revision)
    screen = client.get(review_url(task_state)).content.decode()

    (revived,) = [row for row in rows if row.claim.block_id == dropped.block_id]
    assert revived.status == WITHDRAWN
    assert f'name="decision-{dropped.block_id}"' in screen
    assert "Withdrawn on" in screen
    assert "by Dr Ada Okafor, MD" in screen
    assert REMOVAL_REASON in screen
    # The other claims were in every approved version since they were signed: they carry over.
    assert [row.status for row in rows if row is not revived] == ["unchanged"] * 3

    # Skipping the decision on the revived claim is refused and records nothing.
    data = signing_post(task_state)
    del data[f"decision-{dropped.block_id}"]
    assert client.post(review_url(task_state), data).status_code == 200
    assert not SignOff.objects.filter(task_state=task_state).exists()

    # Decided afresh, it goes live again with a new signature, not the revived one.
    assert client.post(review_url(task_state), signing_post(task_state)).status_code == 302
    fresh = SignOff.objects.get(task_state=task_state, block_id=dropped.block_id)
    assert (fresh.decision, fresh.carried_over_from, fresh.signer) == (
        Decision.APPROVED,
        None,
        director,
    )
    assert "Risk statement 1." in client.get(article.url).content.decode()


def publisher(treatments):
    """A user given Wagtail's publish permission on the treatments section."""
    group = Group.objects.create(name="Publishers")
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=treatments,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = UserFactory(username="publisher")
    user.groups.add(group)
    return user


@pytest.mark.parametrize("who", ["superuser", "publisher"])
def test_republishing_outside_the_review_is_refused_or_changes_nothing(
    client, live_article, treatments, superuser, who
):
    client.force_login(superuser if who == "superuser" else publisher(treatments))
    reviewed = TreatmentArticlePage.objects.get(pk=live_article.pk)
    body = editor_forms.body_as_posted(reviewed)
    edit_url = reverse("wagtailadmin_pages:edit", args=[live_article.pk])
    before = snapshot(live_article)
    revisions = live_article.revisions.count()

    same = {"summary": reviewed.summary}
    unchanged = client.post(edit_url, editor_forms.edit_form(reviewed, body, **same))
    longer_interval = client.post(
        edit_url, editor_forms.edit_form(reviewed, body, next_review_months=36, **same)
    )

    assert "already live exactly as its medical review approved it" in messages_of(unchanged)[0]
    assert "not been approved by a completed medical review" in messages_of(longer_interval)[-1]
    assert snapshot(live_article) == before
    assert live_article.revisions.count() == revisions
    page = client.get(live_article.url).content.decode()
    assert "Medically reviewed by" in page
    assert '"reviewedBy"' in page


def test_trust_block_and_json_ld_follow_the_reviewed_content_not_the_revision_id(
    client, live_article
):
    reviewed = TreatmentArticlePage.objects.get(pk=live_article.pk)
    identical = reviewed.save_revision()
    # A new live revision id with identical content, written around the ORM.
    TreatmentArticlePage.objects.filter(pk=live_article.pk).update(live_revision=identical)

    page = client.get(live_article.url)

    assert page.status_code == 200
    html = page.content.decode()
    assert "Medically reviewed by" in html
    assert "Not yet medically reviewed" not in html
    assert '"reviewedBy"' in html


def test_after_withdrawal_the_article_returns_only_through_a_new_review(
    superuser_client, live_article
):
    client = TwoFactorClient()
    client.force_login(signing_director(username="withdrawer"))
    client.post(reverse("review:withdraw", args=[live_article.pk]), {"reason": "Safety alert."})
    withdrawn = TreatmentArticlePage.objects.get(pk=live_article.pk)
    assert not withdrawn.live
    before = snapshot(live_article)
    approved = withdrawn.live_revision or live_article.live_revision

    editor = superuser_client.post(
        reverse("wagtailadmin_pages:edit", args=[live_article.pk]),
        editor_forms.edit_form(
            withdrawn, editor_forms.body_as_posted(withdrawn), summary=withdrawn.summary
        ),
    )
    with pytest.raises(WithdrawnApprovalError):
        approved.publish()

    assert "withdrawn from patients" in messages_of(editor)[0]
    assert snapshot(live_article) == before
    assert go_live(TreatmentArticlePage.objects.get(pk=live_article.pk)).live
