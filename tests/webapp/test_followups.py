"""Follow-up pages: the question arrives by `flask send-alerts` as a notification and a mail, the short page
answers it once, bad input is told at the field, and nobody answers someone else's question."""

import re
from datetime import date, timedelta

from sqlalchemy import select

from models import FollowUp, FollowUpAnswer, Outcome, OutcomeKind, OutcomeSource, Role


def _hire(db, make_user, make_profile, months_ago=4):
    leader = make_user(Role.LEADER)
    profile = make_profile(user=leader, sector="kommune")
    db.add(
        Outcome(
            profile_id=profile.id,
            source=OutcomeSource.LEADER,
            kind=OutcomeKind.HIRED,
            occurred_on=date.today() - timedelta(days=31 * months_ago),
            from_sector="kommune",
            to_sector="region",
            level_before=2,
            level_after=2,
            history=[],
        )
    )
    db.commit()
    return leader


def test_the_question_is_mailed_and_answered_once_without_identity(
    runner, client, login, csrf, db, make_user, make_profile, outbox
):
    leader = _hire(db, make_user, make_profile)
    result = runner.invoke(args=["send-alerts"])
    assert result.exit_code == 0 and "Opfølgningsspørgsmål stillet: 1." in result.output
    (mail,) = [m for m in outbox() if m["To"] == leader.email]
    assert "Fungerer dit nye job" in mail["Subject"]
    url = re.search(r"http://localhost(/opfoelgning/\d+)", mail.get_content()).group(1)
    assert "Opfølgningsspørgsmål stillet: 0." in runner.invoke(args=["send-alerts"]).output
    login(leader)
    assert "Efter 3 måneder" in client.get("/opfoelgning/").get_data(as_text=True)
    page = client.get(url).get_data(as_text=True)
    assert "Fungerer det?" in page and "Introduktion til sektoren" in page
    token = csrf(url)
    bad = client.post(
        url, data={"csrf_token": token, "helped": ["mentor"], "hindered": ["mentor"], "works": "4", "comment": "Godt"}
    )
    assert bad.status_code == 200 and "Det samme kan ikke både have hjulpet" in bad.get_data(as_text=True)
    missing = client.post(url, data={"csrf_token": token, "comment": "Bevaret tekst"}).get_data(as_text=True)
    assert "Vælg en af mulighederne" in missing and "Bevaret tekst" in missing
    assert db.scalar(select(FollowUpAnswer)) is None
    done = client.post(
        url,
        data={
            "csrf_token": token,
            "works": "4",
            "helped": ["mentor", "network"],
            "hindered": ["culture"],
            "comment": "",
        },
    )
    assert done.status_code == 302
    kept = db.scalar(select(FollowUpAnswer))
    assert (kept.from_sector, kept.to_sector, kept.works, kept.helped) == (
        "kommune",
        "region",
        4,
        ["mentor", "network"],
    )
    assert "allerede svaret" in client.get(url).get_data(as_text=True)
    client.post(url, data={"csrf_token": token, "works": "1"})
    assert len(db.scalars(select(FollowUpAnswer)).all()) == 1


def test_someone_elses_question_is_not_found_and_admins_are_refused(client, login, runner, db, make_user, make_profile):
    _hire(db, make_user, make_profile)
    runner.invoke(args=["send-alerts"])
    question = db.scalar(select(FollowUp))
    login(make_user(Role.LEADER))
    assert client.get(f"/opfoelgning/{question.id}").status_code == 404
    assert client.get("/opfoelgning/999999").status_code == 404
    login(make_user(Role.ADMIN))
    assert client.get("/opfoelgning/").status_code == 403


def test_the_mobility_dashboard_shows_the_answers_with_small_numbers_hidden_in_public(client, login, db, make_user):
    for works, count in ((4, 6), (2, 2)):
        for _ in range(count):
            db.add(
                FollowUpAnswer(
                    from_sector="kommune",
                    to_sector="stat",
                    months=3,
                    side="leader",
                    works=works,
                    helped=["mentor"],
                    hindered=[],
                    comment="Kommentar fra en leder",
                    period="2026-05",
                )
            )
    db.commit()
    public = client.get("/mobilitet/").get_data(as_text=True)
    assert "Fungerer det? Opfølgning efter 3 og 12 måneder" in public
    assert "Kommentar fra en leder" not in public
    row = re.search(r"Kommune → Stat</th>(.*?)</tr>", public.split('id="opfoelgning"')[1], re.S).group(1)
    assert ">8 (3,5)<" in row.replace("\n", "")  # 8 answers, mean (6·4 + 2·2) / 8 = 3.5
    login(make_user(Role.ADMIN))
    admin = client.get("/admin/mobilitet/").get_data(as_text=True)
    assert "Kommentar fra en leder" in admin
