"""Invitation codes: qr, decode, verify, reissue, invitations, copy (desk copies)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..common import CliError, add_json, open_event, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("qr", help="write one attendee's invitation code as a QR image (PNG or SVG)")
    p.add_argument("path", help="event file")
    p.add_argument("id", type=int, help="attendee id")
    p.add_argument("--out", required=True, help="image file to write: NAME.png or NAME.svg")
    p.add_argument("--scale", type=int, default=10, help="pixels per QR module in a PNG (default 10)")
    p.set_defaults(func=cmd_qr)

    p = sub.add_parser("decode", help="read the QR codes in image files (photos, screenshots, scans)")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="image files (PNG, JPEG, ...)")
    add_json(p)
    p.set_defaults(func=cmd_decode)

    p = sub.add_parser("verify", help="check a scanned or typed code against an event (keyboard-layout repair)")
    p.add_argument("path", help="event file")
    p.add_argument("code", help="the text the scanner typed")
    add_json(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("reissue", help="give an attendee a new code; the old one then reads as revoked")
    p.add_argument("path", help="event file")
    p.add_argument("id", type=int, help="attendee id")
    add_json(p)
    p.set_defaults(func=cmd_reissue)

    p = sub.add_parser("invitations", help="bilingual invitation letters with QR codes as PDF")
    p.add_argument("path", help="event file")
    p.add_argument("--out", help="PDF to write (all letters in one file)")
    p.add_argument("--attendee", type=int, action="append", metavar="ID", help="only this attendee (repeatable)")
    p.add_argument("--language", choices=("de", "en", "auto"), default="auto",
                   help="language of the letter's first part; auto: each guest's own (default)")
    p.add_argument("--split", metavar="DIR", help="one PDF per guest in DIR plus mailmerge.csv (email, name, file)")
    p.add_argument("--dialect", choices=("excel-de", "utf8"), default="excel-de",
                   help="mailmerge.csv: excel-de (UTF-8 with BOM, ';', default) or utf8 (plain UTF-8, ',')")
    add_json(p)
    p.set_defaults(func=cmd_invitations)

    p = sub.add_parser("copy", help="make a copy of the event for another station (a desk laptop)")
    p.add_argument("path", help="the organiser's event file")
    p.add_argument("out", help="file (or folder) for the copy")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--desk", action="store_const", const="desk", dest="kind",
                      help="desk copy: no event signing key; a station key certified by the event")
    kind.add_argument("--helper", action="store_const", const="helper", dest="kind",
                      help="helper copy: names, organisation and agenda only (no emails, phone numbers, "
                           "desk notes, extra fields or keys)")
    p.add_argument("--station", help="station name of the copy (default desk-XXXX)")
    p.add_argument("--encrypt", action="store_true",
                   help="write the copy encrypted (SQLCipher); passphrase from --passphrase-file or "
                        "CHECKIN_PASSPHRASE")
    p.add_argument("--passphrase-file", metavar="FILE", help="file whose first line is the passphrase")
    add_json(p)
    p.set_defaults(func=cmd_copy)


def cmd_qr(args: argparse.Namespace) -> int:
    from ...core.invitations import code_for

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise CliError("--out must end in .png or .svg", 2)
    if not 1 <= args.scale <= 100:
        raise CliError("--scale must be between 1 and 100", 2)
    with open_event(args.path, readonly=True) as store:
        attendee = store.attendee(args.id)
        if attendee is None:
            raise CliError(f"no attendee with id {args.id}")
        try:
            text = code_for(store, attendee)
        except PermissionError as exc:
            raise CliError(str(exc)) from None
    write_qr(text, out, scale=args.scale)
    print(f"wrote {out}")
    return 0


def write_qr(text: str, out: Path, *, scale: int = 10) -> None:
    import qrcode

    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=scale, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".svg":
        from qrcode.image.svg import SvgPathImage

        qr.make_image(image_factory=SvgPathImage).save(str(out))
    else:
        qr.make_image(fill_color="black", back_color="white").save(str(out))


def cmd_decode(args: argparse.Namespace) -> int:
    from ...core.qrdecode import decode_file

    results: dict[str, list[str]] = {}
    for name in args.images:
        if not Path(name).is_file():
            raise CliError(f"no such image: {name}")
        try:
            results[name] = decode_file(name)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print_json(results)
    else:
        for name, payloads in results.items():
            print(f"{name}: {', '.join(payloads) if payloads else '(no QR code)'}")
    return 0


# Issue 25: why a code signed by a station key does not admit (the desk shows "invalid" or "revoked").
CODE_WHY = {
    "not_the_stations_guest": "a code signed by station {station}'s key for a guest that station did not register: "
                              "only the event key vouches for invited guests (forged, or minted with a desk copy)",
    "station_revoked": "a code minted by station {station}, which the organiser revoked (lost laptop)",
}


def cmd_verify(args: argparse.Namespace) -> int:
    from ...core.codes import resolve

    with open_event(args.path, readonly=True) as store:
        check = resolve(store, args.code)
        attendee = store.attendee(check.attendee_id) if check.attendee_id is not None else None
    out = {"status": str(check.status), "attendee_id": check.attendee_id, "code": check.text,
           "issuer": check.issuer, "repaired": bool(check.text) and check.text != args.code.strip(),
           "name": attendee.display_name if attendee else None, "reason": check.reason}
    if args.json:
        print_json(out)
    else:
        who = f" {out['name']}" if out["name"] else ""
        print(f"{check.status}: attendee {check.attendee_id}{who}" if check.attendee_id else str(check.status))
        why = CODE_WHY.get(check.reason)
        if why:
            print(why.format(station=check.issuer), file=sys.stderr)
    return 0 if check.status in ("valid", "foreign") else 3


def cmd_reissue(args: argparse.Namespace) -> int:
    from ...core.codes import reissue_code

    with open_event(args.path) as store:
        if store.attendee(args.id) is None:
            raise CliError(f"no attendee with id {args.id}")
        try:
            code = reissue_code(store, args.id)
        except PermissionError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print_json({"attendee_id": args.id, "code": code})
    else:
        print(code)
    return 0


def cmd_invitations(args: argparse.Namespace) -> int:
    from ...core import invitations, pdftext
    from ...core.sheets import SheetError
    from .reports import warn_glyphs

    if not args.out and not args.split:
        raise CliError("give --out FILE.pdf or --split DIR (or both)", 2)
    if args.out and not args.out.lower().endswith(".pdf"):
        raise CliError("--out must end in .pdf", 2)
    if args.split and Path(args.split).exists() and not Path(args.split).is_dir():
        raise CliError(f"{args.split} is a file; --split needs a folder", 2)
    result: dict[str, Any] = {}
    with open_event(args.path, readonly=True) as store:
        report = pdftext.GlyphReport()
        try:
            if args.out:
                pages = invitations.write_pdf(store, args.out, attendee_ids=args.attendee, language=args.language,
                                              report=report)
                result.update(out=args.out, letters=pages)
                if not args.json:
                    print(f"wrote {args.out}: {pages} letter{'' if pages == 1 else 's'}")
            if args.split:
                csv_path = invitations.write_split(store, args.split, attendee_ids=args.attendee,
                                                   language=args.language, report=report, dialect=args.dialect)
                files = sorted(p.name for p in Path(args.split).glob("*.pdf"))
                result.update(split=args.split, mailmerge=str(csv_path), files=files)
                if not args.json:
                    print(f"wrote one PDF per guest and {csv_path}")
        except KeyError as exc:
            raise CliError(str(exc.args[0])) from None
        except PermissionError as exc:
            raise CliError(str(exc)) from None
        except (OSError, SheetError) as exc:
            raise CliError(f"cannot write: {getattr(exc, 'strerror', None) or exc}") from None
    result["glyph_issues"] = warn_glyphs(report)
    if args.json:
        print_json(result)
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from ...core.copies import make_copy
    from ...core.store import StoreError

    passphrase = None
    if args.encrypt or args.passphrase_file:  # issue 13: encrypted desk copies
        from ...core import encryption

        try:
            passphrase = encryption.read_passphrase(args.passphrase_file)
        except (OSError, ValueError) as exc:
            raise CliError(str(exc)) from None
        if not encryption.available():
            raise CliError("encryption needs the sqlcipher3 module: pip install sqlcipher3-wheels")
    with open_event(args.path) as store:
        try:
            result = make_copy(store, args.out, kind=args.kind, station=args.station, passphrase=passphrase)
        except StoreError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print(json.dumps({"path": str(result.path), "kind": result.kind, "station": result.station,
                          "key_id": result.key_id, "encrypted": bool(passphrase)}, ensure_ascii=False))
    elif result.kind == "helper":
        print(f"wrote {result.path}: helper copy for station {result.station} (names, organisation and agenda "
              f"only: no emails, phone numbers, desk notes, extra fields or keys)"
              + ("; encrypted" if passphrase else ""))
    else:
        print(f"wrote {result.path}: {result.kind} copy for station {result.station} "
              f"(no event signing key; station key {result.key_id})" + ("; encrypted" if passphrase else ""))
    return 0
