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
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
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
    """The form's sections, in the order docs/domain.md gives them."""

    CONTEXT = "context", QT_TRANSLATE_NOOP("fields", "Context")
    DECISION = "decision", QT_TRANSLATE_NOOP("fields", "Decision")
    LAWFUL_BASIS = "lawful_basis", QT_TRANSLATE_NOOP("fields", "Lawful basis")
    CONSENT = "consent", QT_TRANSLATE_NOOP("fields", "Consent and transparency")
    ADVICE = "advice", QT_TRANSLATE_NOOP("fields", "Advice and authorisation")
    TRANSFER = "transfer", QT_TRANSLATE_NOOP("fields", "Transfer")


@dataclass(frozen=True)
class Field:
    """One question on the form.

    ``shown`` says when the question applies at all; ``required`` when it must be
    answered before the record can be completed (only ever while it is shown).
    ``by_setting`` marks fields that the organisation's "authorisation required"
    setting makes mandatory. ``short_label`` names the field where room is tight
    (a column of the decision list); it defaults to the label.
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
    short_label: str = ""

    @property
    def column_label(self) -> str:
        return self.short_label or self.label

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
    Field(
        "case_reference",
        QT_TRANSLATE_NOOP("fields", "Case reference"),
        Kind.TEXT,
        C,
        QT_TRANSLATE_NOOP("fields", "Enter the case reference"),
        required=when.always,
        hint=QT_TRANSLATE_NOOP(
            "fields", "The ID in the case-management system, for example CM-204511"
        ),
    ),
    Field(
        "people",
        QT_TRANSLATE_NOOP("fields", "People whose information is involved"),
        Kind.PEOPLE,
        C,
        QT_TRANSLATE_NOOP(
            "fields",
            "Add at least one person whose information is involved, with their name and role",
        ),
        required=when.always,
        hint=QT_TRANSLATE_NOOP(
            "fields", "Add each person on their own line. Third parties can be redacted later."
        ),
    ),
    Field(
        "origin",
        QT_TRANSLATE_NOOP("fields", "How it started"),
        Kind.CHOICE,
        C,
        QT_TRANSLATE_NOOP("fields", "Select how the decision started"),
        vocab=Origin,
        required=when.always,
    ),
    Field(
        "requesting_organisation",
        QT_TRANSLATE_NOOP("fields", "Requesting organisation"),
        Kind.TEXT,
        C,
        QT_TRANSLATE_NOOP("fields", "Enter the organisation that made the request"),
        shown=when.is_request,
        required=when.is_request,
    ),
    Field(
        "requester_name",
        QT_TRANSLATE_NOOP("fields", "Requester's name"),
        Kind.TEXT,
        C,
        QT_TRANSLATE_NOOP("fields", "Enter the name of the person who made the request"),
        shown=when.is_request,
        required=when.is_request,
    ),
    Field(
        "requester_position",
        QT_TRANSLATE_NOOP("fields", "Requester's position"),
        Kind.TEXT,
        C,
        QT_TRANSLATE_NOOP("fields", "Enter the requester's position"),
        shown=when.is_request,
        required=when.is_request,
    ),
    Field(
        "request_received_on",
        QT_TRANSLATE_NOOP("fields", "Date request received"),
        Kind.DATE,
        C,
        QT_TRANSLATE_NOOP("fields", "Enter the date the request was received"),
        shown=when.is_request,
        required=when.is_request,
    ),
    Field(
        "request_details",
        QT_TRANSLATE_NOOP("fields", "What was requested"),
        Kind.LONG_TEXT,
        C,
        QT_TRANSLATE_NOOP("fields", "Enter what was requested"),
        shown=when.is_request,
        required=when.is_request,
    ),
    Field(
        "requester_verification",
        QT_TRANSLATE_NOOP("fields", "How the requester's identity was checked"),
        Kind.LONG_TEXT,
        C,
        QT_TRANSLATE_NOOP("fields", "Enter how you checked the requester's identity"),
        hint=QT_TRANSLATE_NOOP(
            "fields", "For example, called back on a number from the force switchboard"
        ),
        shown=when.is_request,
        required=when.is_request,
    ),
    Field(
        "emergency",
        QT_TRANSLATE_NOOP("fields", "Emergency: shared first, recorded after"),
        Kind.FLAG,
        C,
        "",
        hint=QT_TRANSLATE_NOOP(
            "fields", "Tick if the information had to be shared before this record was made"
        ),
    ),
    # --- Decision ------------------------------------------------------------------
    Field(
        "outcome",
        QT_TRANSLATE_NOOP("fields", "Outcome"),
        Kind.CHOICE,
        D,
        QT_TRANSLATE_NOOP("fields", "Select the outcome of the decision"),
        vocab=Outcome,
        required=when.always,
    ),
    Field(
        "purpose_category",
        QT_TRANSLATE_NOOP("fields", "Purpose category"),
        Kind.CHOICE,
        D,
        QT_TRANSLATE_NOOP("fields", "Select the purpose category"),
        vocab=PurposeCategory,
        required=when.always,
    ),
    Field(
        "purpose",
        QT_TRANSLATE_NOOP("fields", "Purpose"),
        Kind.LONG_TEXT,
        D,
        QT_TRANSLATE_NOOP("fields", "Enter the purpose of sharing"),
        required=when.always,
        hint=QT_TRANSLATE_NOOP("fields", "What the information is for"),
    ),
    Field(
        "necessity",
        QT_TRANSLATE_NOOP("fields", "Why it is necessary and proportionate"),
        Kind.LONG_TEXT,
        D,
        QT_TRANSLATE_NOOP("fields", "Enter why sharing is, or is not, necessary and proportionate"),
        required=when.always,
        hint=QT_TRANSLATE_NOOP("fields", "Your reasons for the decision, whether or not you share"),
    ),
    Field(
        "tests",
        QT_TRANSLATE_NOOP("fields", "The seven tests"),
        Kind.TESTS,
        D,
        QT_TRANSLATE_NOOP("fields", "Answer each of the seven tests, Yes or No"),
        required=when.is_share,
        hint=QT_TRANSLATE_NOOP(
            "fields",
            "Is the sharing necessary, proportionate, relevant, adequate, accurate, "
            "timely and secure?",
        ),
    ),
    Field(
        "shared_description",
        QT_TRANSLATE_NOOP("fields", "What was shared"),
        Kind.LONG_TEXT,
        D,
        QT_TRANSLATE_NOOP("fields", "Enter what was shared"),
        shown=when.is_share,
        required=when.is_share,
    ),
    Field(
        "data_categories",
        QT_TRANSLATE_NOOP("fields", "Categories of data shared"),
        Kind.MULTI_CHOICE,
        D,
        QT_TRANSLATE_NOOP("fields", "Select at least one category of data shared"),
        vocab=DataCategory,
        shown=when.is_share,
        required=when.is_share,
    ),
    Field(
        "withheld_description",
        QT_TRANSLATE_NOOP("fields", "What was withheld"),
        Kind.LONG_TEXT,
        D,
        QT_TRANSLATE_NOOP("fields", "Enter what was withheld"),
        shown=when.something_withheld,
        required=when.something_withheld,
    ),
    Field(
        "withheld_reason",
        QT_TRANSLATE_NOOP("fields", "Why it was withheld"),
        Kind.LONG_TEXT,
        D,
        QT_TRANSLATE_NOOP("fields", "Enter why the information was withheld"),
        shown=when.something_withheld,
        required=when.something_withheld,
    ),
    Field(
        "recipient_organisation_id",
        QT_TRANSLATE_NOOP("fields", "Recipient organisation"),
        Kind.ORGANISATION,
        D,
        QT_TRANSLATE_NOOP("fields", "Select the recipient organisation"),
        shown=when.is_share,
        required=when.is_share,
        hint=QT_TRANSLATE_NOOP("fields", "Choose from the directory, or add a new organisation"),
        short_label=QT_TRANSLATE_NOOP("fields", "Recipient"),
    ),
    Field(
        "recipient_name",
        QT_TRANSLATE_NOOP("fields", "Recipient's name"),
        Kind.TEXT,
        D,
        QT_TRANSLATE_NOOP("fields", "Enter the name of the person who received the information"),
        shown=when.is_share,
        required=when.is_share,
    ),
    Field(
        "recipient_role",
        QT_TRANSLATE_NOOP("fields", "Recipient's role"),
        Kind.TEXT,
        D,
        QT_TRANSLATE_NOOP("fields", "Enter the recipient's role"),
        shown=when.is_share,
        required=when.is_share,
    ),
    Field(
        "decision_maker_name",
        QT_TRANSLATE_NOOP("fields", "Decision maker"),
        Kind.TEXT,
        D,
        QT_TRANSLATE_NOOP("fields", "Enter the name of the person who made the decision"),
        required=when.always,
    ),
    Field(
        "decision_maker_position",
        QT_TRANSLATE_NOOP("fields", "Decision maker's position"),
        Kind.TEXT,
        D,
        QT_TRANSLATE_NOOP("fields", "Enter the decision maker's position"),
        required=when.always,
    ),
    Field(
        "decided_at",
        QT_TRANSLATE_NOOP("fields", "Date and time of decision"),
        Kind.DATETIME,
        D,
        QT_TRANSLATE_NOOP("fields", "Enter the date and time of the decision"),
        required=when.always,
        short_label=QT_TRANSLATE_NOOP("fields", "Date of decision"),
    ),
    # --- Lawful basis --------------------------------------------------------------
    Field(
        "article6_basis",
        QT_TRANSLATE_NOOP("fields", "UK GDPR Article 6 basis"),
        Kind.CHOICE,
        L,
        QT_TRANSLATE_NOOP("fields", "Select the UK GDPR Article 6 basis"),
        vocab=Article6Basis,
        required=when.always,
        hint=QT_TRANSLATE_NOOP(
            "fields", "Public authorities doing their tasks usually rely on (e) public task"
        ),
    ),
    Field(
        "article9_condition",
        QT_TRANSLATE_NOOP("fields", "Article 9 condition"),
        Kind.CHOICE,
        L,
        QT_TRANSLATE_NOOP(
            "fields", "Select the Article 9 condition for sharing special category data"
        ),
        vocab=Article9Condition,
        shown=when.special_category_shared,
        required=when.special_category_shared,
        hint=QT_TRANSLATE_NOOP("fields", "Needed because special category data was shared"),
    ),
    Field(
        "schedule1_condition",
        QT_TRANSLATE_NOOP("fields", "DPA 2018 Schedule 1 condition"),
        Kind.CHOICE,
        L,
        QT_TRANSLATE_NOOP("fields", "Select the DPA 2018 Schedule 1 condition"),
        vocab=Schedule1Condition,
        shown=when.needs_schedule1,
        required=when.needs_schedule1,
        hint=QT_TRANSLATE_NOOP(
            "fields", "Needed for this Article 9 condition and for criminal offence data"
        ),
    ),
    Field(
        "para18_purpose",
        QT_TRANSLATE_NOOP("fields", "Para 18: purpose"),
        Kind.CHOICE,
        L,
        QT_TRANSLATE_NOOP("fields", "Select the para 18 purpose"),
        vocab=Para18Purpose,
        shown=when.is_para18,
        required=when.is_para18,
    ),
    Field(
        "para18_person",
        QT_TRANSLATE_NOOP("fields", "Para 18: the person"),
        Kind.CHOICE,
        L,
        QT_TRANSLATE_NOOP("fields", "Select who the para 18 protection is for"),
        vocab=Para18Person,
        shown=when.is_para18,
        required=when.is_para18,
    ),
    Field(
        "para18_without_consent",
        QT_TRANSLATE_NOOP("fields", "Para 18: why without consent"),
        Kind.CHOICE,
        L,
        QT_TRANSLATE_NOOP("fields", "Select why the information is shared without consent"),
        vocab=ConsentOverrideReason,
        choices=PARA18_WITHOUT_CONSENT_REASONS,
        shown=when.is_para18,
        required=when.is_para18,
    ),
    Field(
        "confidentiality_basis",
        QT_TRANSLATE_NOOP("fields", "Common-law duty of confidentiality"),
        Kind.CHOICE,
        L,
        QT_TRANSLATE_NOOP(
            "fields", "Select the basis for setting aside confidentiality, or Not confidential"
        ),
        vocab=ConfidentialityBasis,
        shown=when.is_share,
        required=when.is_share,
    ),
    Field(
        "legal_gateway",
        QT_TRANSLATE_NOOP("fields", "Legal power or gateway"),
        Kind.CHOICE,
        L,
        QT_TRANSLATE_NOOP("fields", "Select the legal power or gateway"),
        vocab=LegalGateway,
    ),
    Field(
        "legal_gateway_other",
        QT_TRANSLATE_NOOP("fields", "Other legal power or gateway"),
        Kind.TEXT,
        L,
        QT_TRANSLATE_NOOP("fields", "Enter the legal power or gateway"),
        shown=when.gateway_is_other,
        required=when.gateway_is_other,
    ),
    # --- Consent and transparency --------------------------------------------------
    Field(
        "consent",
        QT_TRANSLATE_NOOP("fields", "Consent"),
        Kind.CHOICE,
        K,
        QT_TRANSLATE_NOOP("fields", "Select the consent position"),
        vocab=ConsentStatus,
        required=when.always,
    ),
    Field(
        "consent_override_reasons",
        QT_TRANSLATE_NOOP("fields", "Why consent was not sought or was overridden"),
        Kind.MULTI_CHOICE,
        K,
        QT_TRANSLATE_NOOP("fields", "Select why consent was not sought or was overridden"),
        vocab=ConsentOverrideReason,
        shown=when.consent_overridden,
        required=when.consent_overridden,
    ),
    Field(
        "consent_override_note",
        QT_TRANSLATE_NOOP("fields", "More about the consent decision"),
        Kind.LONG_TEXT,
        K,
        QT_TRANSLATE_NOOP(
            "fields",
            "Enter the best-interests reasoning: who found the person lacks capacity to "
            "decide, and why this decision is in their best interests",
        ),
        shown=when.consent_needs_note,
        required=when.lacks_capacity,
        hint=QT_TRANSLATE_NOOP(
            "fields",
            "Where the person lacks capacity, say who assessed it and why this is in their "
            "best interests",
        ),
    ),
    Field(
        "views_expressed",
        QT_TRANSLATE_NOOP("fields", "Views of the person or family"),
        Kind.LONG_TEXT,
        K,
        "",
    ),
    Field(
        "person_informed",
        QT_TRANSLATE_NOOP("fields", "Person informed"),
        Kind.CHOICE,
        K,
        QT_TRANSLATE_NOOP("fields", "Select whether the person has been told about the sharing"),
        vocab=PersonInformed,
        required=when.always,
    ),
    Field(
        "person_informed_reason",
        QT_TRANSLATE_NOOP("fields", "Why the person has not been told"),
        Kind.LONG_TEXT,
        K,
        QT_TRANSLATE_NOOP("fields", "Enter why the person has not been told"),
        shown=when.person_not_informed,
        required=when.person_not_informed,
    ),
    Field(
        "third_party_protection",
        QT_TRANSLATE_NOOP("fields", "Steps to protect third parties"),
        Kind.LONG_TEXT,
        K,
        "",
        hint=QT_TRANSLATE_NOOP("fields", "Redactions made, identities withheld"),
    ),
    # --- Advice and authorisation --------------------------------------------------
    Field(
        "advice",
        QT_TRANSLATE_NOOP("fields", "Advice sought"),
        Kind.ADVICE,
        A,
        QT_TRANSLATE_NOOP("fields", "Select who gave each piece of advice"),
        hint=QT_TRANSLATE_NOOP("fields", "Who you asked and a summary of what they advised"),
    ),
    Field(
        "authoriser_name",
        QT_TRANSLATE_NOOP("fields", "Authorising manager"),
        Kind.TEXT,
        A,
        QT_TRANSLATE_NOOP("fields", "Enter the name of the authorising manager"),
        by_setting=True,
    ),
    Field(
        "authoriser_role",
        QT_TRANSLATE_NOOP("fields", "Authorising manager's role"),
        Kind.TEXT,
        A,
        QT_TRANSLATE_NOOP("fields", "Enter the authorising manager's role"),
        by_setting=True,
    ),
    Field(
        "authorised_on",
        QT_TRANSLATE_NOOP("fields", "Date of authorisation"),
        Kind.DATE,
        A,
        QT_TRANSLATE_NOOP("fields", "Enter the date of the manager's decision"),
        by_setting=True,
    ),
    Field(
        "authorisation_decision",
        QT_TRANSLATE_NOOP("fields", "Manager's decision"),
        Kind.CHOICE,
        A,
        QT_TRANSLATE_NOOP("fields", "Select the manager's decision"),
        vocab=ManagerDecision,
        by_setting=True,
    ),
    Field(
        "authorisation_comment",
        QT_TRANSLATE_NOOP("fields", "Manager's comment"),
        Kind.LONG_TEXT,
        A,
        "",
    ),
    Field(
        "guardian_referred",
        QT_TRANSLATE_NOOP("fields", "Referred to the Caldicott Guardian"),
        Kind.FLAG,
        A,
        "",
        hint=QT_TRANSLATE_NOOP("fields", "For police requests, hard cases and breaches"),
    ),
    Field(
        "guardian_referred_on",
        QT_TRANSLATE_NOOP("fields", "Date referred to the Guardian"),
        Kind.DATE,
        A,
        QT_TRANSLATE_NOOP("fields", "Enter the date of the referral to the Caldicott Guardian"),
        shown=when.referred_to_guardian,
        required=when.referred_to_guardian,
    ),
    Field(
        "guardian_outcome",
        QT_TRANSLATE_NOOP("fields", "Caldicott Guardian's decision"),
        Kind.LONG_TEXT,
        A,
        QT_TRANSLATE_NOOP("fields", "Enter the Caldicott Guardian's decision"),
        shown=when.referred_to_guardian,
        required=when.referred_to_guardian,
    ),
    # --- Transfer ------------------------------------------------------------------
    Field(
        "shared_at",
        QT_TRANSLATE_NOOP("fields", "Date and time shared"),
        Kind.DATETIME,
        T,
        QT_TRANSLATE_NOOP("fields", "Enter the date and time the information was shared"),
        shown=when.is_share,
        required=when.is_share,
    ),
    Field(
        "method",
        QT_TRANSLATE_NOOP("fields", "Method"),
        Kind.CHOICE,
        T,
        QT_TRANSLATE_NOOP("fields", "Select how the information was sent"),
        vocab=TransferMethod,
        shown=when.is_share,
        required=when.is_share,
    ),
    Field(
        "identity_verified",
        QT_TRANSLATE_NOOP("fields", "Requester's identity verified"),
        Kind.FLAG,
        T,
        "",
        hint=QT_TRANSLATE_NOOP("fields", "For example, called back on a known number"),
        shown=when.is_share,
    ),
    Field(
        "address_checked",
        QT_TRANSLATE_NOOP("fields", "Recipient's address checked"),
        Kind.FLAG,
        T,
        "",
        shown=when.is_share,
    ),
    Field(
        "receipt_confirmed",
        QT_TRANSLATE_NOOP("fields", "Receipt confirmed"),
        Kind.FLAG,
        T,
        "",
        shown=when.is_share,
    ),
    Field(
        "sharing_agreement",
        QT_TRANSLATE_NOOP("fields", "Data sharing agreement"),
        Kind.TEXT,
        T,
        "",
        hint=QT_TRANSLATE_NOOP("fields", "Its reference, if one is in place"),
        shown=when.is_share,
    ),
    Field(
        "retention_agreed",
        QT_TRANSLATE_NOOP("fields", "Retention or deletion agreed with the recipient"),
        Kind.TEXT,
        T,
        "",
        shown=when.is_share,
    ),
    Field(
        "follow_up_on", QT_TRANSLATE_NOOP("fields", "Review or follow-up date"), Kind.DATE, T, ""
    ),
)

FIELDS_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}


def fields_in(section: Section) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if f.section is section)


#: Labels of the record's own columns that are not questions on the form.
REFERENCE_LABEL = QT_TRANSLATE_NOOP("fields", "Reference")
STATUS_LABEL = QT_TRANSLATE_NOOP("fields", "Status")
CREATED_LABEL = QT_TRANSLATE_NOOP("fields", "Created")
UPDATED_LABEL = QT_TRANSLATE_NOOP("fields", "Last saved")
#: The record's author (the practitioner who wrote it), by full name.
AUTHOR_LABEL = QT_TRANSLATE_NOOP("fields", "Practitioner")
