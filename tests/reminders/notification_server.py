"""A small freedesktop notification server for tests, on the session bus given in the environment.

It owns ``org.freedesktop.Notifications``, answers ``Notify`` (checking the call's signature exactly as real
servers do), writes each call as one JSON line to the file named on the command line, and lets a test click
an action: ``org.recoverybox.TestServer.Click(u id, s action)`` emits ``ActionInvoked(id, action)``.
With ``--refuse`` it answers every ``Notify`` with an error, as a broken or locked-down service would.

Run: python -m tests.reminders.notification_server CALLS.jsonl [--refuse]
"""

from __future__ import annotations

import json
import sys

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"


def main() -> None:
    calls_file, refuse = sys.argv[1], "--refuse" in sys.argv
    connection = open_dbus_connection("SESSION")
    reply = connection.send_and_get_reply(message_bus.RequestName(SERVICE, 4))  # 4: do not queue
    if reply.body[0] != 1:
        sys.exit(f"could not own {SERVICE}: {reply.body}")
    emitter = DBusAddress(PATH, interface=SERVICE)
    next_id = 1
    print("ready", flush=True)
    while True:
        message = connection.receive()
        if message.header.message_type != MessageType.method_call:
            continue
        member = message.header.fields.get(HeaderFields.member)
        signature = message.header.fields.get(HeaderFields.signature, "")
        if member == "Notify":
            if signature != NOTIFY_SIGNATURE:
                error = f"Type of message, '({signature})', does not match expected type '({NOTIFY_SIGNATURE})'"
                connection.send(new_error(message, "org.freedesktop.DBus.Error.InvalidArgs", "s", (error,)))
                continue
            if refuse:
                connection.send(new_error(message, "org.freedesktop.Notifications.Error.Refused", "s", ("no",)))
                continue
            app, replaces, icon, summary, body, actions, hints, timeout = message.body
            record = {
                "id": next_id,
                "app_name": app,
                "replaces_id": replaces,
                "app_icon": icon,
                "summary": summary,
                "body": body,
                "actions": actions,
                "hints": {key: value[1] for key, value in hints.items()},
                "expire_timeout": timeout,
            }
            with open(calls_file, "a", encoding="utf-8") as out:
                out.write(json.dumps(record) + "\n")
            connection.send(new_method_return(message, "u", (next_id,)))
            next_id += 1
        elif member == "GetCapabilities":
            connection.send(new_method_return(message, "as", (["actions", "body"],)))
        elif member == "Click":
            notification_id, action = message.body
            connection.send(new_signal(emitter, "ActionInvoked", "us", (notification_id, action)))
            connection.send(new_method_return(message))
        else:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", (str(member),)))


if __name__ == "__main__":
    main()
