"""reply-coach: calm, threaded reply drafts for heated client emails.

The library is usable without the CLI:

    from reply_coach.message import parse
    from reply_coach.heat import analyze
    from reply_coach.drafting import draft_reply
"""

__version__ = "0.1.0"
