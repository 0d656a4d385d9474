"""Checks that a webhook delivery comes from the Piedmont partner hub (Standard Webhooks, v1 signatures)."""
import base64
import hashlib
import hmac
import time

SECRET_PREFIX = "whsec_"
TOLERANCE_SECONDS = 5 * 60


def verify_webhook(secret, webhook_id, webhook_timestamp, webhook_signature, body, now=None):
    """True when one of the delivery's signatures is right and its timestamp is within 5 minutes of now.

    secret: the subscription's secret, "whsec_" followed by the Base64 of the key.
    webhook_id, webhook_timestamp, webhook_signature: the headers of the same names
    (the signature header holds "v1,<Base64>", several space-separated while a secret is rotated).
    body: the request body as bytes, exactly as received (not parsed and re-serialized).
    now: the current Unix time in seconds; the clock's when omitted.
    """
    if not secret.startswith(SECRET_PREFIX):
        raise ValueError("A webhook secret starts with " + SECRET_PREFIX)
    if not webhook_timestamp.isdigit():
        return False
    now = time.time() if now is None else now
    if abs(now - int(webhook_timestamp)) > TOLERANCE_SECONDS:
        return False

    key = base64.b64decode(secret[len(SECRET_PREFIX):])
    signed_content = f"{webhook_id}.{webhook_timestamp}.".encode() + body
    expected = hmac.new(key, signed_content, hashlib.sha256).digest()
    for signature in webhook_signature.split():
        version, _, value = signature.partition(",")
        if version != "v1":
            continue
        try:
            given = base64.b64decode(value, validate=True)
        except ValueError:
            continue
        if hmac.compare_digest(expected, given):
            return True
    return False
