"""`checkin settings list|get KEY|set KEY VALUE`: this computer's desk settings, in the same file the GUI uses
(an admin prepares ten laptops by script: printer, print on check-in, language, check-in point ...)."""

from __future__ import annotations

import argparse

from ..common import CliError, add_json, print_json


def register(sub: argparse._SubParsersAction) -> None:
    from ...core.desk_settings import SETTINGS

    keys = "; ".join(f"{s.key}: {s.help}" for s in SETTINGS)
    p = sub.add_parser(
        "settings", help="show or change this computer's desk settings (printer, print-on-checkin, language ...)",
        description="Desk settings of this computer, shared with the GUI (checkin.ini in the user's config "
                    f"folder, or CHECKIN_CONFIG_DIR). Keys: {keys}. A running GUI picks changes up when it "
                    "is next started.")
    actions = p.add_subparsers(dest="settings_action", metavar="ACTION", parser_class=type(p))
    listing = actions.add_parser("list", help="every setting with its value")
    add_json(listing)
    listing.set_defaults(func=cmd_list)
    get = actions.add_parser("get", help="one setting's value")
    get.add_argument("key")
    add_json(get)
    get.set_defaults(func=cmd_get)
    put = actions.add_parser("set", help="change one setting")
    put.add_argument("key")
    put.add_argument("value")
    add_json(put)
    put.set_defaults(func=cmd_set)
    p.set_defaults(func=cmd_list, json=False)


def _settings():
    from ...core.desk_settings import DeskSettings

    return DeskSettings()


def _checked(call):
    from ...core.desk_settings import SettingsError

    try:
        return call()
    except SettingsError as exc:
        raise CliError(str(exc), 2) from None
    except OSError as exc:
        raise CliError(f"cannot write the settings file: {exc}") from None


def cmd_list(args: argparse.Namespace) -> int:
    from ...core.desk_settings import SETTINGS, settings_file

    values = _checked(lambda: _settings().all())
    if args.json:
        print_json(values)
        return 0
    print(f"# {settings_file()}")
    for s in SETTINGS:
        print(f"{s.key} = {values[s.key]}")
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    value = _checked(lambda: _settings().get(args.key))
    if args.json:
        print_json({"key": args.key, "value": value})
    else:
        print(value)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    value = _checked(lambda: _settings().set(args.key, args.value))
    if args.json:
        print_json({"key": args.key, "value": value})
    else:
        print(f"{args.key} = {value}")
    return 0
