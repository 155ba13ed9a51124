"""Seed a fresh pretix database through its Django models (runs in pretix's own venv, not ours).

Prints one JSON line: organizer, event, list id, token, item ids, and the orders' positions.
Usage: python seed.py N_ORDERS
"""

import json
import sys
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import django

django.setup()

from django.db import transaction  # noqa: E402
from django.utils.timezone import now  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

NAMES = [
    ("Şükrü", "Çelik", "Çelik Makine A.Ş."), ("Žaneta", "Šťastná", "Šťastná s.r.o."),
    ("Ορέστης", "Παπαδόπουλος", "Πανεπιστήμιο Αθηνών"), ("Grzegorz", "Brzęczyszczykiewicz", "Łódź Tech"),
    ("Ingrid", "Øvergård", "Nordlys AS"), ("José", "Müller-Lüdenscheidt", "Müller & Söhne GmbH"),
    ("Nguyễn", "Thị Minh Khai", ""), ("Siobhán", "Ó Súilleabháin", "Dublin Cluster"),
]


def main(n_orders: int) -> None:
    from pretix.base.models import (
        CheckinList,
        Event,
        Item,
        Order,
        OrderPosition,
        Organizer,
        Quota,
        Team,
    )

    tz = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 11, 21, 9, 0, tzinfo=tz)
    with scopes_disabled(), transaction.atomic():
        org = Organizer.objects.create(name="Cluster Ministry", slug="ministry")
        event = Event.objects.create(
            organizer=org, name={"de": "Clusterkonferenz", "en": "Cluster Conference"}, slug="cluster26",
            currency="EUR", date_from=start, date_to=start + timedelta(days=1, hours=9), live=True,
        )
        event.settings.timezone = "Europe/Berlin"
        event.settings.locales = ["de", "en"]
        event.settings.name_scheme = "given_family"
        # Signed secrets, so the desk can verify tickets sold after its last pull.
        event.settings.ticket_secret_generator = "pretix_sig1"
        delegate = Item.objects.create(event=event, name={"de": "Teilnahme", "en": "Delegate"},
                                       default_price=Decimal("0.00"), admission=True)
        speaker = Item.objects.create(event=event, name={"de": "Referent", "en": "Speaker"},
                                      default_price=Decimal("0.00"), admission=True, checkin_attention=True,
                                      checkin_text="Speaker: badge with red lanyard")
        quota = Quota.objects.create(event=event, name="All", size=None)
        quota.items.add(delegate, speaker)
        clist = CheckinList.objects.create(event=event, name="Main entrance", all_products=True,
                                           include_pending=False)
        team = Team.objects.create(organizer=org, name="Desk sync", all_events=True,
                                   all_event_permissions=True, all_organizer_permissions=True)
        token = team.tokens.create(name="checkin")
        channel = org.sales_channels.get(identifier="web")

        positions = []
        for i in range(n_orders):
            first, last, company = NAMES[i % len(NAMES)]
            if i >= len(NAMES):
                last = f"{last} {i}"
            status = Order.STATUS_PAID
            if i % 17 == 5:
                status = Order.STATUS_PENDING
            elif i % 23 == 7:
                status = Order.STATUS_CANCELED
            item = speaker if i % 10 == 3 else delegate
            order = Order.objects.create(
                event=event, status=status, email=f"guest{i}@example.org", locale="de" if i % 2 else "en",
                datetime=now() - timedelta(days=3), expires=now() + timedelta(days=30), total=Decimal("0.00"),
                sales_channel=channel,
            )
            pos = OrderPosition.objects.create(
                order=order, item=item, variation=None, price=Decimal("0.00"),
                attendee_name_parts={"_scheme": "given_family", "given_name": first, "family_name": last},
                attendee_email=f"{first.lower()}.{i}@example.org" if i % 3 else None, company=company or None,
            )
            positions.append({"position_id": pos.pk, "order": order.code, "secret": pos.secret,
                              "status": status, "item": item.pk, "given_name": first, "family_name": last})
    print(json.dumps({
        "organizer": org.slug, "event": event.slug, "list_id": clist.pk, "token": token.token,
        "items": {"delegate": delegate.pk, "speaker": speaker.pk}, "positions": positions,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
