"""The fields of a decision record: label, hint, kind, section, and when each applies.

This is the single description of the form. The record form lays itself out from
it, the completion rules read its conditions and error messages, and the CSV export
uses its labels as column names, so a label is written once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from infoshare_desktop.domain import conditions as when
from infoshare_desktop.domain.conditions import Condition
from infoshare_desktop.domain.i18n import FIELDS, QT_TRANSLATE_NOOP
from infoshare_desktop.domain.vocab import (
    PARA18_WITHOUT_CONSENT_REASONS,
    Article6Basis,
    Article9Condition,
    ConfidentialityBasis,
    ConsentOverrideReason,
    ConsentStatus,
    DataCategory,
    LegalGateway,
    ManagerDecision,
    Origin,
    Outcome,
    Para18Person,
    Para18Purpose,
    PersonInformed,
    PurposeCategory,
    Schedule1Condition,
    TransferMethod,
    Vocab,
)

#: Longest single-line answer; longer text belongs in a long-text field.
SHORT_TEXT_MAX = 300
#: Longest free-text answer (a long chronology pasted in still fits).
LONG_TEXT_MAX = 100_000


class Kind(Enum):
    """How a field is entered, which decides its widget and its storage."""

    TEXT = auto()
    LONG_TEXT = auto()
    CHOICE = auto()
    MULTI_CHOICE = auto()
    DATE = auto()
    DATETIME = auto()
    FLAG = auto()
    PEOPLE = auto()
    TESTS = auto()
    ADVICE = auto()
    ORGANISATION = auto()


class Section(Vocab):
    """The form's sections, in the order DOMAIN.md gives them."""

    CONTEXT = "context", QT_TRANSLATE_NOOP(FIELDS, "Context")
    DECISION = "decision", QT_TRANSLATE_NOOP(FIELDS, "Decision")
    LAWFUL_BASIS = "lawful_basis", QT_TRANSLATE_NOOP(FIELDS, "Lawful basis")
    CONSENT = "consent", QT_TRANSLATE_NOOP(FIELDS, "Consent and transparency")
    ADVICE = "advice", QT_TRANSLATE_NOOP(FIELDS, "Advice and authorisation")
    TRANSFER = "transfer", QT_TRANSLATE_NOOP(FIELDS, "Transfer")


@dataclass(frozen=True)
class Field:
    """One question on the form.

    ``shown`` says when the question applies at all; ``required`` when it must be
    answered before the record can be completed (only ever while it is shown).
    ``by_setting`` marks fields that the organisation's "authorisation required"
    setting makes mandatory.
    """

    name: str
    label: str
    kind: Kind
    section: Section
    error: str
    hint: str = ""
    vocab: type[Vocab] | None = None
    choices: tuple[Vocab, ...] | None = None
    shown: Condition = when.always
    required: Condition = when.never
    by_setting: bool = False

    def options(self) -> tuple[Vocab, ...]:
        """The values offered for a choice field, in display order."""
        if self.choices is not None:
            return self.choices
        return tuple(self.vocab) if self.vocab is not None else ()

    @property
    def max_length(self) -> int | None:
        if self.kind is Kind.TEXT:
            return SHORT_TEXT_MAX
        if self.kind is Kind.LONG_TEXT:
            return LONG_TEXT_MAX
        return None


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP(FIELDS, text)


C, D, L, K, A, T = (
    Section.CONTEXT,
    Section.DECISION,
    Section.LAWFUL_BASIS,
    Section.CONSENT,
    Section.ADVICE,
    Section.TRANSFER,
)

FIELDS: tuple[Field, ...] = (
    # --- Context -------------------------------------------------------------------
    Field("case_reference", _t("Case reference"), Kind.TEXT, C,
          _t("Enter the case reference"), required=when.always,
          hint=_t("The ID in the case-management system, for example CM-204511")),
    Field("people", _t("People whose information is involved"), Kind.PEOPLE, C,
          _t("Add at least one person whose information is involved, with their name and role"),
          required=when.always,
          hint=_t("Add each person on their own line. Third parties can be redacted later.")),
    Field("origin", _t("How it started"), Kind.CHOICE, C,
          _t("Select how the decision started"), vocab=Origin, required=when.always),
    Field("requesting_organisation", _t("Requesting organisation"), Kind.TEXT, C,
          _t("Enter the organisation that made the request"),
          shown=when.is_request, required=when.is_request),
    Field("requester_name", _t("Requester's name"), Kind.TEXT, C,
          _t("Enter the name of the person who made the request"),
          shown=when.is_request, required=when.is_request),
    Field("requester_position", _t("Requester's position"), Kind.TEXT, C,
          _t("Enter the requester's position"),
          shown=when.is_request, required=when.is_request),
    Field("request_received_on", _t("Date request received"), Kind.DATE, C,
          _t("Enter the date the request was received"),
          shown=when.is_request, required=when.is_request),
    Field("request_details", _t("What was requested"), Kind.LONG_TEXT, C,
          _t("Enter what was requested"),
          shown=when.is_request, required=when.is_request),
    Field("requester_verification", _t("How the requester's identity was checked"),
          Kind.LONG_TEXT, C, _t("Enter how you checked the requester's identity"),
          hint=_t("For example, called back on a number from the force switchboard"),
          shown=when.is_request, required=when.is_request),
    Field("emergency", _t("Emergency: shared first, recorded after"), Kind.FLAG, C, "",
          hint=_t("Tick if the information had to be shared before this record was made")),
    # --- Decision ------------------------------------------------------------------
    Field("outcome", _t("Outcome"), Kind.CHOICE, D,
          _t("Select the outcome of the decision"), vocab=Outcome, required=when.always),
    Field("purpose_category", _t("Purpose category"), Kind.CHOICE, D,
          _t("Select the purpose category"), vocab=PurposeCategory, required=when.always),
    Field("purpose", _t("Purpose"), Kind.LONG_TEXT, D,
          _t("Enter the purpose of sharing"), required=when.always,
          hint=_t("What the information is for")),
    Field("necessity", _t("Why it is necessary and proportionate"), Kind.LONG_TEXT, D,
          _t("Enter why sharing is, or is not, necessary and proportionate"),
          required=when.always,
          hint=_t("Your reasons for the decision, whether or not you share")),
    Field("tests", _t("The seven tests"), Kind.TESTS, D,
          _t("Answer each of the seven tests, Yes or No"), required=when.is_share,
          hint=_t("Is the sharing necessary, proportionate, relevant, adequate, accurate, "
                  "timely and secure?")),
    Field("shared_description", _t("What was shared"), Kind.LONG_TEXT, D,
          _t("Enter what was shared"), shown=when.is_share, required=when.is_share),
    Field("data_categories", _t("Categories of data shared"), Kind.MULTI_CHOICE, D,
          _t("Select at least one category of data shared"), vocab=DataCategory,
          shown=when.is_share, required=when.is_share),
    Field("withheld_description", _t("What was withheld"), Kind.LONG_TEXT, D,
          _t("Enter what was withheld"),
          shown=when.something_withheld, required=when.something_withheld),
    Field("withheld_reason", _t("Why it was withheld"), Kind.LONG_TEXT, D,
          _t("Enter why the information was withheld"),
          shown=when.something_withheld, required=when.something_withheld),
    Field("recipient_organisation_id", _t("Recipient organisation"), Kind.ORGANISATION, D,
          _t("Select the recipient organisation"), shown=when.is_share, required=when.is_share,
          hint=_t("Choose from the directory, or add a new organisation")),
    Field("recipient_name", _t("Recipient's name"), Kind.TEXT, D,
          _t("Enter the name of the person who received the information"),
          shown=when.is_share, required=when.is_share),
    Field("recipient_role", _t("Recipient's role"), Kind.TEXT, D,
          _t("Enter the recipient's role"), shown=when.is_share, required=when.is_share),
    Field("decision_maker_name", _t("Decision maker"), Kind.TEXT, D,
          _t("Enter the name of the person who made the decision"), required=when.always),
    Field("decision_maker_position", _t("Decision maker's position"), Kind.TEXT, D,
          _t("Enter the decision maker's position"), required=when.always),
    Field("decided_at", _t("Date and time of decision"), Kind.DATETIME, D,
          _t("Enter the date and time of the decision"), required=when.always),
    # --- Lawful basis --------------------------------------------------------------
    Field("article6_basis", _t("UK GDPR Article 6 basis"), Kind.CHOICE, L,
          _t("Select the UK GDPR Article 6 basis"), vocab=Article6Basis,
          required=when.always,
          hint=_t("Public authorities doing their tasks usually rely on (e) public task")),
    Field("article9_condition", _t("Article 9 condition"), Kind.CHOICE, L,
          _t("Select the Article 9 condition for sharing special category data"),
          vocab=Article9Condition,
          shown=when.special_category_shared, required=when.special_category_shared,
          hint=_t("Needed because special category data was shared")),
    Field("schedule1_condition", _t("DPA 2018 Schedule 1 condition"), Kind.CHOICE, L,
          _t("Select the DPA 2018 Schedule 1 condition"), vocab=Schedule1Condition,
          shown=when.needs_schedule1, required=when.needs_schedule1,
          hint=_t("Needed for this Article 9 condition and for criminal offence data")),
    Field("para18_purpose", _t("Para 18: purpose"), Kind.CHOICE, L,
          _t("Select the para 18 purpose"), vocab=Para18Purpose,
          shown=when.is_para18, required=when.is_para18),
    Field("para18_person", _t("Para 18: the person"), Kind.CHOICE, L,
          _t("Select who the para 18 protection is for"), vocab=Para18Person,
          shown=when.is_para18, required=when.is_para18),
    Field("para18_without_consent", _t("Para 18: why without consent"), Kind.CHOICE, L,
          _t("Select why the information is shared without consent"),
          vocab=ConsentOverrideReason, choices=PARA18_WITHOUT_CONSENT_REASONS,
          shown=when.is_para18, required=when.is_para18),
    Field("confidentiality_basis", _t("Common-law duty of confidentiality"), Kind.CHOICE, L,
          _t("Select the basis for setting aside confidentiality, or Not confidential"),
          vocab=ConfidentialityBasis, shown=when.is_share, required=when.is_share),
    Field("legal_gateway", _t("Legal power or gateway"), Kind.CHOICE, L,
          _t("Select the legal power or gateway"), vocab=LegalGateway),
    Field("legal_gateway_other", _t("Other legal power or gateway"), Kind.TEXT, L,
          _t("Enter the legal power or gateway"),
          shown=when.gateway_is_other, required=when.gateway_is_other),
    # --- Consent and transparency --------------------------------------------------
    Field("consent", _t("Consent"), Kind.CHOICE, K,
          _t("Select the consent position"), vocab=ConsentStatus, required=when.always),
    Field("consent_override_reasons", _t("Why consent was not sought or was overridden"),
          Kind.MULTI_CHOICE, K,
          _t("Select why consent was not sought or was overridden"),
          vocab=ConsentOverrideReason,
          shown=when.consent_overridden, required=when.consent_overridden),
    Field("consent_override_note", _t("More about the consent decision"), Kind.LONG_TEXT, K,
          "", shown=when.consent_overridden),
    Field("views_expressed", _t("Views of the person or family"), Kind.LONG_TEXT, K, ""),
    Field("person_informed", _t("Person informed"), Kind.CHOICE, K,
          _t("Select whether the person has been told about the sharing"),
          vocab=PersonInformed, required=when.always),
    Field("person_informed_reason", _t("Why the person has not been told"), Kind.LONG_TEXT, K,
          _t("Enter why the person has not been told"),
          shown=when.person_not_informed, required=when.person_not_informed),
    Field("third_party_protection", _t("Steps to protect third parties"), Kind.LONG_TEXT, K,
          "", hint=_t("Redactions made, identities withheld")),
    # --- Advice and authorisation --------------------------------------------------
    Field("advice", _t("Advice sought"), Kind.ADVICE, A,
          _t("Select who gave each piece of advice"),
          hint=_t("Who you asked and a summary of what they advised")),
    Field("authoriser_name", _t("Authorising manager"), Kind.TEXT, A,
          _t("Enter the name of the authorising manager"), by_setting=True),
    Field("authoriser_role", _t("Authorising manager's role"), Kind.TEXT, A,
          _t("Enter the authorising manager's role"), by_setting=True),
    Field("authorised_on", _t("Date of authorisation"), Kind.DATE, A,
          _t("Enter the date of the manager's decision"), by_setting=True),
    Field("authorisation_decision", _t("Manager's decision"), Kind.CHOICE, A,
          _t("Select the manager's decision"), vocab=ManagerDecision, by_setting=True),
    Field("authorisation_comment", _t("Manager's comment"), Kind.LONG_TEXT, A, ""),
    Field("guardian_referred", _t("Referred to the Caldicott Guardian"), Kind.FLAG, A, "",
          hint=_t("For police requests, hard cases and breaches")),
    Field("guardian_referred_on", _t("Date referred to the Guardian"), Kind.DATE, A,
          _t("Enter the date of the referral to the Caldicott Guardian"),
          shown=when.referred_to_guardian, required=when.referred_to_guardian),
    Field("guardian_outcome", _t("Caldicott Guardian's decision"), Kind.LONG_TEXT, A,
          _t("Enter the Caldicott Guardian's decision"),
          shown=when.referred_to_guardian, required=when.referred_to_guardian),
    # --- Transfer ------------------------------------------------------------------
    Field("shared_at", _t("Date and time shared"), Kind.DATETIME, T,
          _t("Enter the date and time the information was shared"),
          shown=when.is_share, required=when.is_share),
    Field("method", _t("Method"), Kind.CHOICE, T,
          _t("Select how the information was sent"), vocab=TransferMethod,
          shown=when.is_share, required=when.is_share),
    Field("identity_verified", _t("Requester's identity verified"), Kind.FLAG, T, "",
          hint=_t("For example, called back on a known number"), shown=when.is_share),
    Field("address_checked", _t("Recipient's address checked"), Kind.FLAG, T, "",
          shown=when.is_share),
    Field("receipt_confirmed", _t("Receipt confirmed"), Kind.FLAG, T, "", shown=when.is_share),
    Field("sharing_agreement", _t("Data sharing agreement"), Kind.TEXT, T, "",
          hint=_t("Its reference, if one is in place"), shown=when.is_share),
    Field("retention_agreed", _t("Retention or deletion agreed with the recipient"),
          Kind.TEXT, T, "", shown=when.is_share),
    Field("follow_up_on", _t("Review or follow-up date"), Kind.DATE, T, ""),
)

FIELDS_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}


def fields_in(section: Section) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if f.section is section)


#: Labels of the record's own columns that are not questions on the form.
REFERENCE_LABEL = _t("Reference")
STATUS_LABEL = _t("Status")
CREATED_LABEL = _t("Created")
UPDATED_LABEL = _t("Last saved")
