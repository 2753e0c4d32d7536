"""One exception hierarchy; only cli.py turns these into exit codes."""


class ReplyCoachError(Exception):
    """Base of every error meant for the user: the message says what to fix."""

    exit_code = 1


class ConfigError(ReplyCoachError):
    """A setting is missing or invalid (exit 2: the user must change something)."""

    exit_code = 2


class MessageError(ReplyCoachError):
    """An email could not be read at all."""


class TemplateError(ReplyCoachError):
    """A reply template is missing, malformed or failed to render."""


class UnknownTemplateError(TemplateError):
    """No template has the name asked for (exit 2: a usage error, the name is what to fix)."""

    exit_code = 2


class MailboxError(ReplyCoachError):
    """The IMAP server refused, failed or could not be reached."""


class AuthError(MailboxError):
    """Login to the IMAP server failed."""


class QueueError(ReplyCoachError):
    """The hold queue database could not be used."""


class DraftError(ReplyCoachError):
    """No safe reply can be drafted for this email (no address to reply to, unsafe headers)."""
