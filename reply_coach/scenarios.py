"""The scenario ids of scenarios.md (the product contract) and their default templates."""

from __future__ import annotations

# Most severe first: when several apply, the first one in this order is primary.
SCENARIOS: tuple[str, ...] = (
    "legal_threat",
    "refund_demand",
    "blame",
    "price_pushback",
    "unrealistic_demand",
    "scope_creep",
    "doubts_expertise",
    "misunderstanding",
    "general_dissatisfaction",
)

DEFAULT_TEMPLATE: dict[str, str] = {
    "legal_threat": "deescalate_and_meet",
    "refund_demand": "stand_firm_offer_fix",
    "blame": "apology_offer_help",
    "price_pushback": "explore_concern_hold_value",
    "unrealistic_demand": "reset_expectations",
    "scope_creep": "boundaries_and_billing",
    "doubts_expertise": "empower_and_explain",
    "misunderstanding": "clarify_and_talk",
    "general_dissatisfaction": "listen_and_align",
}

# Chosen by hand, never routed to automatically.
HAND_PICKED: tuple[str, ...] = ("own_the_mistake", "graceful_exit", "ask_why_we_lost")


def primary(candidates) -> str | None:
    """The most severe of several applicable scenario ids."""
    found = [s for s in SCENARIOS if s in set(candidates)]
    return found[0] if found else None


def template_for(scenario: str | None) -> str:
    return DEFAULT_TEMPLATE.get(scenario or "", "listen_and_align")
