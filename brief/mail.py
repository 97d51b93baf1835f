"""The briefing as one email: a MIME message (text + HTML alternatives) and its SMTP delivery."""

from __future__ import annotations

import hashlib
import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.utils import format_datetime

from .errors import OutputError, UsageError
from .models import Briefing
from .options import MailOptions


def subject(briefing: Briefing) -> str:
    """'Title — 23 November 2026': what the inbox shows."""
    return f"{briefing.title} — {briefing.generated.strftime('%d %B %Y').lstrip('0')}"


def build_message(
    briefing: Briefing, text: str, html: str, options: MailOptions, attachment: str | None = None
) -> EmailMessage:
    """multipart/alternative (text, then HTML), or multipart/mixed with the attachment.

    Message-ID and MIME boundaries derive from the content, so the same briefing gives
    the same bytes (reproducible output, as for every other format).
    """
    digest = hashlib.sha256((text + html + (attachment or "")).encode()).hexdigest()
    message = EmailMessage()
    message["Subject"] = subject(briefing)
    message["From"] = options.sender
    if options.recipients:
        message["To"] = ", ".join(options.recipients)
    message["Date"] = format_datetime(briefing.generated)
    domain = options.sender.rsplit("@", 1)[-1].strip("> ") or "localhost"
    message["Message-ID"] = f"<{digest[:24]}.{briefing.generated:%Y%m%d}@{domain}>"
    # Names the program, as mailers do; brief also knows its own messages by it when one
    # is saved into the folder it reads (load.written_by_brief).
    message["X-Mailer"] = "brief"
    message.set_content(text, subtype="plain", cte="quoted-printable")
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    if attachment is not None and options.attach:
        suffix = "html" if options.attach == "html" else "md"
        message.make_mixed()
        # Text, so a charset: without one a text/* part is US-ASCII (RFC 2046), and a
        # client shows every accent of the Markdown as two characters of mojibake.
        message.add_attachment(
            attachment,
            subtype="html" if suffix == "html" else "markdown",
            charset="utf-8",
            cte="quoted-printable",
            filename=f"briefing-{briefing.generated:%Y-%m-%d}.{suffix}",
        )
    for number, part in enumerate(p for p in message.walk() if p.is_multipart()):
        part.set_boundary(f"=_brief_{digest[:16]}_{number}")
    return message


def send(message: EmailMessage, options: MailOptions) -> None:
    """Deliver `message` to its recipients over SMTP; raises OutputError with the reason."""
    if not options.recipients:
        raise UsageError("no recipients: give --email-to ADDRESS (or 'to' in the config file).")
    port = options.smtp_port or {"ssl": 465, "starttls": 587}.get(options.security, 25)
    where = f"{options.smtp_host}:{port}"
    try:
        if options.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                options.smtp_host,
                port,
                timeout=options.timeout,
                context=ssl.create_default_context(),
            )
        else:
            client = smtplib.SMTP(options.smtp_host, port, timeout=options.timeout)
        with client:
            if options.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if options.user:
                client.login(options.user, options.password or "")
            refused = client.send_message(message, to_addrs=list(options.envelope))
    except smtplib.SMTPAuthenticationError:
        raise OutputError(
            f"the SMTP server {where} refused the login; check BRIEF_SMTP_USER and"
            " BRIEF_SMTP_PASSWORD."
        ) from None
    except (smtplib.SMTPException, OSError, ssl.SSLError) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        reason = reason.rstrip(".")  # smtplib's own messages end with one; ours adds it
        raise OutputError(f"could not send the briefing through {where}: {reason}.") from None
    if refused:
        raise OutputError(f"the SMTP server {where} refused: {', '.join(sorted(refused))}.")


def default_sender() -> str:
    """brief <brief@this-host>, for when neither --email-from nor the config names one."""
    return f"brief <brief@{socket.getfqdn() or 'localhost'}>"


__all__ = ["MailOptions", "build_message", "default_sender", "send", "subject"]
