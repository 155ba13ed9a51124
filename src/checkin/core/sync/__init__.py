"""Live sync between stations and station bundles.

- ``secret``: the event's sync secret (meta ``sync_secret``) and the keys HKDF derives from it.
- ``wire``: the encrypted envelope every HTTP message travels in, and replay protection (sessions, counters).
- ``exchange``: anti-entropy over journals (version vectors, missing records in per-station seq order).
- ``server`` / ``client``: the HTTP endpoint of a station and the urllib client for one peer.
- ``service``: a running station (server, one worker per peer, watcher, mDNS, status of every peer).
- ``peers``: peer addresses and status persisted in the event file (migration v100).
- ``discovery``: mDNS/DNS-SD with python-zeroconf.  ``pairing``: QR payload and short codes.
- ``bundles``: the same records on a USB stick, encrypted with a key derived from the same secret.
- ``trust``: who a peer is (role proof in the hello), what it receives and what is merged from it (issue 25).
- ``integrity``: record-id digests and comparison where version vectors cannot prove equality (issue 25).

The protocol is described in docs/sync-protocol.md. Nothing here imports Qt or logs attendee data.
"""
