"""Every controlled vocabulary of docs/domain.md, once.

Each vocabulary is a ``Vocab`` enum: the member's value is the short code stored in
the database and files, ``.label`` is the plain-English text a person sees. Forms,
storage, exports and reports all read these definitions; nothing else lists values.
"""

from __future__ import annotations

from enum import StrEnum

from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP


class Vocab(StrEnum):
    """A controlled vocabulary: the value is the stored code, ``label`` the shown text."""

    label: str

    def __new__(cls, code: str, label: str) -> Vocab:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    @classmethod
    def from_label(cls, label: str) -> Vocab:
        """The member whose label is ``label`` (exact match); ``ValueError`` otherwise."""
        for member in cls:
            if member.label == label:
                return member
        raise ValueError(f"{label!r} is not a {cls.__name__} label")


class PersonRole(Vocab):
    CHILD = "child", QT_TRANSLATE_NOOP("vocab", "Child")
    PARENT_CARER = "parent_carer", QT_TRANSLATE_NOOP("vocab", "Parent or carer")
    ADULT_AT_RISK = "adult_at_risk", QT_TRANSLATE_NOOP("vocab", "Adult at risk")
    THIRD_PARTY = "third_party", QT_TRANSLATE_NOOP("vocab", "Third party")


class Origin(Vocab):
    PROACTIVE = "proactive", QT_TRANSLATE_NOOP("vocab", "Proactive share")
    RESPONSE_TO_REQUEST = "response", QT_TRANSLATE_NOOP("vocab", "Response to a request")
    OUR_REQUEST = "our_request", QT_TRANSLATE_NOOP("vocab", "Our request to another agency")


class Outcome(Vocab):
    SHARED_IN_FULL = "shared_full", QT_TRANSLATE_NOOP("vocab", "Shared in full")
    SHARED_IN_PART = "shared_part", QT_TRANSLATE_NOOP("vocab", "Shared in part")
    NOT_SHARED = "not_shared", QT_TRANSLATE_NOOP("vocab", "Not shared")
    DEFERRED = "deferred", QT_TRANSLATE_NOOP("vocab", "Deferred pending advice")

    @property
    def is_share(self) -> bool:
        """True when information left the organisation (in full or in part)."""
        return self in (Outcome.SHARED_IN_FULL, Outcome.SHARED_IN_PART)


class PurposeCategory(Vocab):
    SAFEGUARDING_CHILD = "safeguarding_child", QT_TRANSLATE_NOOP("vocab", "Safeguarding a child")
    SAFEGUARDING_ADULT = "safeguarding_adult", QT_TRANSLATE_NOOP(
        "vocab", "Safeguarding an adult at risk"
    )
    CRIME = "crime", QT_TRANSLATE_NOOP("vocab", "Prevention or detection of crime")
    CARE_COORDINATION = "care_coordination", QT_TRANSLATE_NOOP(
        "vocab", "Care coordination / early help"
    )
    LEGAL_PROCEEDINGS = "legal_proceedings", QT_TRANSLATE_NOOP("vocab", "Legal proceedings")
    OTHER = "other", QT_TRANSLATE_NOOP("vocab", "Other")


class SharingTest(Vocab):
    """The seven tests of the HM Government advice, answered Yes or No with a note."""

    NECESSARY = "necessary", QT_TRANSLATE_NOOP("vocab", "Necessary")
    PROPORTIONATE = "proportionate", QT_TRANSLATE_NOOP("vocab", "Proportionate")
    RELEVANT = "relevant", QT_TRANSLATE_NOOP("vocab", "Relevant")
    ADEQUATE = "adequate", QT_TRANSLATE_NOOP("vocab", "Adequate")
    ACCURATE = "accurate", QT_TRANSLATE_NOOP("vocab", "Accurate")
    TIMELY = "timely", QT_TRANSLATE_NOOP("vocab", "Timely")
    SECURE = "secure", QT_TRANSLATE_NOOP("vocab", "Secure")


class DataCategory(Vocab):
    IDENTITY_CONTACT = "identity_contact", QT_TRANSLATE_NOOP("vocab", "Identity and contact")
    FAMILY_HOUSEHOLD = "family_household", QT_TRANSLATE_NOOP("vocab", "Family and household")
    HEALTH = "health", QT_TRANSLATE_NOOP("vocab", "Health")
    MENTAL_HEALTH = "mental_health", QT_TRANSLATE_NOOP("vocab", "Mental health")
    CRIMINAL_OFFENCE = "criminal_offence", QT_TRANSLATE_NOOP("vocab", "Criminal offence data")
    EDUCATION = "education", QT_TRANSLATE_NOOP("vocab", "Education")
    HOUSING = "housing", QT_TRANSLATE_NOOP("vocab", "Housing")
    FINANCE = "finance", QT_TRANSLATE_NOOP("vocab", "Finance")
    SPECIAL_CATEGORY = "special_category", QT_TRANSLATE_NOOP(
        "vocab", "Ethnicity, religion or other special category"
    )
    SAFEGUARDING = "safeguarding", QT_TRANSLATE_NOOP(
        "vocab", "Safeguarding concerns and history"
    )
    OTHER = "other", QT_TRANSLATE_NOOP("vocab", "Other")

    @property
    def is_special_category(self) -> bool:
        """UK GDPR Article 9 data: sharing it needs an Article 9(2) condition."""
        return self in (
            DataCategory.HEALTH,
            DataCategory.MENTAL_HEALTH,
            DataCategory.SPECIAL_CATEGORY,
        )


class Article6Basis(Vocab):
    CONSENT = "a", QT_TRANSLATE_NOOP("vocab", "(a) Consent")
    CONTRACT = "b", QT_TRANSLATE_NOOP("vocab", "(b) Contract")
    LEGAL_OBLIGATION = "c", QT_TRANSLATE_NOOP("vocab", "(c) Legal obligation")
    VITAL_INTERESTS = "d", QT_TRANSLATE_NOOP("vocab", "(d) Vital interests")
    PUBLIC_TASK = "e", QT_TRANSLATE_NOOP("vocab", "(e) Public task")
    RECOGNISED_LEGITIMATE_INTEREST = "ea", QT_TRANSLATE_NOOP(
        "vocab", "(ea) Recognised legitimate interest"
    )
    LEGITIMATE_INTERESTS = "f", QT_TRANSLATE_NOOP("vocab", "(f) Legitimate interests")

    @property
    def rests_on_consent(self) -> bool:
        """Article 6(1)(a): valid only where the person gave consent."""
        return self is Article6Basis.CONSENT


class Article9Condition(Vocab):
    EXPLICIT_CONSENT = "a", QT_TRANSLATE_NOOP("vocab", "(a) Explicit consent")
    EMPLOYMENT_SOCIAL_PROTECTION = "b", QT_TRANSLATE_NOOP(
        "vocab", "(b) Employment, social security and social protection"
    )
    VITAL_INTERESTS = "c", QT_TRANSLATE_NOOP("vocab", "(c) Vital interests")
    NOT_FOR_PROFIT = "d", QT_TRANSLATE_NOOP("vocab", "(d) Not-for-profit bodies")
    MADE_PUBLIC = "e", QT_TRANSLATE_NOOP("vocab", "(e) Made public by the data subject")
    LEGAL_CLAIMS = "f", QT_TRANSLATE_NOOP("vocab", "(f) Legal claims or judicial acts")
    SUBSTANTIAL_PUBLIC_INTEREST = "g", QT_TRANSLATE_NOOP(
        "vocab", "(g) Substantial public interest"
    )
    HEALTH_SOCIAL_CARE = "h", QT_TRANSLATE_NOOP("vocab", "(h) Health or social care")
    PUBLIC_HEALTH = "i", QT_TRANSLATE_NOOP("vocab", "(i) Public health")
    ARCHIVING_RESEARCH = "j", QT_TRANSLATE_NOOP(
        "vocab", "(j) Archiving, research and statistics"
    )

    @property
    def rests_on_consent(self) -> bool:
        """Article 9(2)(a): valid only where the person gave explicit consent."""
        return self is Article9Condition.EXPLICIT_CONSENT

    @property
    def needs_schedule1_condition(self) -> bool:
        """DPA 2018 s10: these conditions are only met with a Schedule 1 condition."""
        return self in (
            Article9Condition.EMPLOYMENT_SOCIAL_PROTECTION,
            Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
            Article9Condition.HEALTH_SOCIAL_CARE,
            Article9Condition.PUBLIC_HEALTH,
            Article9Condition.ARCHIVING_RESEARCH,
        )


class Schedule1Condition(Vocab):
    P1_EMPLOYMENT = "p1_1", QT_TRANSLATE_NOOP(
        "vocab", "Part 1 para 1: Employment, social security and social protection"
    )
    P1_HEALTH_SOCIAL_CARE = "p1_2", QT_TRANSLATE_NOOP(
        "vocab", "Part 1 para 2: Health or social care"
    )
    P1_PUBLIC_HEALTH = "p1_3", QT_TRANSLATE_NOOP("vocab", "Part 1 para 3: Public health")
    P1_RESEARCH = "p1_4", QT_TRANSLATE_NOOP("vocab", "Part 1 para 4: Research")
    P2_STATUTORY = "p2_6", QT_TRANSLATE_NOOP(
        "vocab", "Part 2 para 6: Statutory and government purposes"
    )
    P2_JUSTICE = "p2_7", QT_TRANSLATE_NOOP("vocab", "Part 2 para 7: Administration of justice")
    P2_UNLAWFUL_ACTS = "p2_10", QT_TRANSLATE_NOOP(
        "vocab", "Part 2 para 10: Preventing or detecting unlawful acts"
    )
    P2_PROTECTING_PUBLIC = "p2_11", QT_TRANSLATE_NOOP(
        "vocab", "Part 2 para 11: Protecting the public"
    )
    P2_COUNSELLING = "p2_17", QT_TRANSLATE_NOOP("vocab", "Part 2 para 17: Counselling")
    P2_SAFEGUARDING = "p2_18", QT_TRANSLATE_NOOP(
        "vocab", "Part 2 para 18: Safeguarding of children and individuals at risk"
    )
    P2_ECONOMIC_WELLBEING = "p2_19", QT_TRANSLATE_NOOP(
        "vocab", "Part 2 para 19: Safeguarding economic well-being of certain individuals"
    )
    P3_VITAL_INTERESTS = "p3_30", QT_TRANSLATE_NOOP(
        "vocab", "Part 3 para 30: Vital interests (cannot consent)"
    )
    P3_EXTENSION = "p3_36", QT_TRANSLATE_NOOP(
        "vocab", "Part 3 para 36: Extension of Part 2 conditions"
    )


class Para18Purpose(Vocab):
    PROTECT_FROM_HARM = "protect_from_harm", QT_TRANSLATE_NOOP(
        "vocab", "Protect from neglect or physical, mental or emotional harm"
    )
    PROTECT_WELLBEING = "protect_wellbeing", QT_TRANSLATE_NOOP(
        "vocab", "Protect physical, mental or emotional well-being"
    )


class Para18Person(Vocab):
    UNDER_18 = "under_18", QT_TRANSLATE_NOOP("vocab", "Under 18")
    ADULT_AT_RISK = "adult_at_risk", QT_TRANSLATE_NOOP("vocab", "18 or over and at risk")


class ConsentOverrideReason(Vocab):
    """Why consent was not sought or was overridden; the first three are para 18's."""

    CANNOT_BE_GIVEN = "cannot_be_given", QT_TRANSLATE_NOOP("vocab", "Consent cannot be given")
    CANNOT_REASONABLY_OBTAIN = "cannot_reasonably_obtain", QT_TRANSLATE_NOOP(
        "vocab", "Cannot reasonably be expected to obtain consent"
    )
    WOULD_PREJUDICE_PROTECTION = "would_prejudice", QT_TRANSLATE_NOOP(
        "vocab", "Obtaining consent would prejudice the protection"
    )
    URGENCY = "urgency", QT_TRANSLATE_NOOP("vocab", "Urgency")
    COULD_NOT_BE_CONTACTED = "not_contactable", QT_TRANSLATE_NOOP(
        "vocab", "Could not be contacted"
    )
    WOULD_INCREASE_RISK = "would_increase_risk", QT_TRANSLATE_NOOP(
        "vocab", "Would increase risk of harm"
    )


#: The para 18 "why without consent" answers: the first three override reasons.
PARA18_WITHOUT_CONSENT_REASONS: tuple[ConsentOverrideReason, ...] = (
    ConsentOverrideReason.CANNOT_BE_GIVEN,
    ConsentOverrideReason.CANNOT_REASONABLY_OBTAIN,
    ConsentOverrideReason.WOULD_PREJUDICE_PROTECTION,
)


class ConfidentialityBasis(Vocab):
    NOT_CONFIDENTIAL = "not_confidential", QT_TRANSLATE_NOOP("vocab", "Not confidential")
    CONSENT = "consent", QT_TRANSLATE_NOOP("vocab", "Consent (explicit or implied)")
    REQUIRED_BY_LAW = "required_by_law", QT_TRANSLATE_NOOP("vocab", "Required by law")
    COURT_ORDER = "court_order", QT_TRANSLATE_NOOP("vocab", "Court order")
    PUBLIC_INTEREST = "public_interest", QT_TRANSLATE_NOOP(
        "vocab", "Overriding public interest (including safeguarding)"
    )
    BEST_INTERESTS = "best_interests", QT_TRANSLATE_NOOP(
        "vocab", "Best interests of a person lacking capacity"
    )


class LegalGateway(Vocab):
    CA1989_S17 = "ca1989_s17", QT_TRANSLATE_NOOP("vocab", "Children Act 1989 s17")
    CA1989_S47 = "ca1989_s47", QT_TRANSLATE_NOOP("vocab", "Children Act 1989 s47")
    CA2004_S11 = "ca2004_s11", QT_TRANSLATE_NOOP("vocab", "Children Act 2004 s11")
    CARE_ACT_S42 = "care_act_s42", QT_TRANSLATE_NOOP("vocab", "Care Act 2014 s42")
    CARE_ACT_S45 = "care_act_s45", QT_TRANSLATE_NOOP("vocab", "Care Act 2014 s45")
    CDA1998_S115 = "cda1998_s115", QT_TRANSLATE_NOOP("vocab", "Crime and Disorder Act 1998 s115")
    DPA_SCH2_CRIME = "dpa_sch2_p2", QT_TRANSLATE_NOOP(
        "vocab", "DPA 2018 Sch 2 Pt 1 para 2 (crime)"
    )
    DPA_SCH2_LEGAL = "dpa_sch2_p5", QT_TRANSLATE_NOOP(
        "vocab", "DPA 2018 Sch 2 Pt 1 para 5 (legal proceedings)"
    )
    COURT_ORDER = "court_order", QT_TRANSLATE_NOOP("vocab", "Court order")
    OTHER = "other", QT_TRANSLATE_NOOP("vocab", "Other")


class ConsentStatus(Vocab):
    GIVEN_WRITTEN = "given_written", QT_TRANSLATE_NOOP("vocab", "Given – explicit written")
    GIVEN_VERBAL = "given_verbal", QT_TRANSLATE_NOOP("vocab", "Given – explicit verbal")
    REFUSED_SHARED = "refused_shared", QT_TRANSLATE_NOOP(
        "vocab", "Sought and refused – shared anyway"
    )
    REFUSED_NOT_SHARED = "refused_not_shared", QT_TRANSLATE_NOOP(
        "vocab", "Sought and refused – not shared"
    )
    NOT_SOUGHT = "not_sought", QT_TRANSLATE_NOOP("vocab", "Not sought")
    NOT_APPLICABLE = "not_applicable", QT_TRANSLATE_NOOP(
        "vocab", "Not applicable (basis is not consent)"
    )
    LACKS_CAPACITY = "lacks_capacity", QT_TRANSLATE_NOOP("vocab", "Person lacks capacity")

    @property
    def needs_override_reason(self) -> bool:
        """Consent was not sought, or was refused and overridden: say why."""
        return self in (ConsentStatus.NOT_SOUGHT, ConsentStatus.REFUSED_SHARED)

    @property
    def is_without_consent(self) -> bool:
        """A share with this answer is "shared without consent" (docs/domain.md's one definition).

        Every list, filter and report that counts sharing without consent asks this.
        """
        return self in (ConsentStatus.NOT_SOUGHT, ConsentStatus.REFUSED_SHARED,
                        ConsentStatus.LACKS_CAPACITY)

    @property
    def is_given(self) -> bool:
        """Consent was given: the only answer a consent-based lawful basis can rest on."""
        return self in (ConsentStatus.GIVEN_WRITTEN, ConsentStatus.GIVEN_VERBAL)


class PersonInformed(Vocab):
    BEFORE = "before", QT_TRANSLATE_NOOP("vocab", "Yes, before sharing")
    AFTER = "after", QT_TRANSLATE_NOOP("vocab", "Yes, after sharing")
    NOT_YET = "not_yet", QT_TRANSLATE_NOOP("vocab", "Not yet")
    NO = "no", QT_TRANSLATE_NOOP("vocab", "No")

    @property
    def needs_reason(self) -> bool:
        return self in (PersonInformed.NOT_YET, PersonInformed.NO)


class AdviceSource(Vocab):
    LINE_MANAGER = "line_manager", QT_TRANSLATE_NOOP("vocab", "Line manager")
    SAFEGUARDING_LEAD = "dsl", QT_TRANSLATE_NOOP("vocab", "Designated safeguarding lead")
    DPO = "dpo", QT_TRANSLATE_NOOP("vocab", "Data protection officer / information governance")
    CALDICOTT_GUARDIAN = "caldicott", QT_TRANSLATE_NOOP("vocab", "Caldicott Guardian")
    LEGAL = "legal", QT_TRANSLATE_NOOP("vocab", "Legal")


class ManagerDecision(Vocab):
    AUTHORISED = "authorised", QT_TRANSLATE_NOOP("vocab", "Authorised")
    RETURNED = "returned", QT_TRANSLATE_NOOP("vocab", "Returned for amendment")
    DECLINED = "declined", QT_TRANSLATE_NOOP("vocab", "Declined")


class TransferMethod(Vocab):
    FACE_TO_FACE = "face_to_face", QT_TRANSLATE_NOOP("vocab", "Face to face")
    TELEPHONE = "telephone", QT_TRANSLATE_NOOP("vocab", "Telephone")
    MEETING = "meeting", QT_TRANSLATE_NOOP("vocab", "Meeting (minuted)")
    SECURE_EMAIL = "secure_email", QT_TRANSLATE_NOOP("vocab", "Secure email")
    ENCRYPTED_ATTACHMENT = "encrypted_attachment", QT_TRANSLATE_NOOP(
        "vocab", "Encrypted attachment, password sent separately"
    )
    POST = "post", QT_TRANSLATE_NOOP("vocab", "Post, sealed, marked Private & Confidential")
    REMOVABLE_MEDIA = "removable_media", QT_TRANSLATE_NOOP("vocab", "Encrypted removable media")
    SECURE_PORTAL = "secure_portal", QT_TRANSLATE_NOOP("vocab", "Secure portal")


class RecipientType(Vocab):
    POLICE = "police", QT_TRANSLATE_NOOP("vocab", "Police")
    HEALTH = "health", QT_TRANSLATE_NOOP("vocab", "Health")
    EDUCATION = "education", QT_TRANSLATE_NOOP("vocab", "Education")
    HOUSING = "housing", QT_TRANSLATE_NOOP("vocab", "Housing")
    PROBATION = "probation", QT_TRANSLATE_NOOP("vocab", "Probation")
    OTHER_LOCAL_AUTHORITY = "other_la", QT_TRANSLATE_NOOP("vocab", "Other local authority")
    VOLUNTARY_SECTOR = "voluntary", QT_TRANSLATE_NOOP("vocab", "Voluntary sector")
    COURT = "court", QT_TRANSLATE_NOOP("vocab", "Court")
    OTHER = "other", QT_TRANSLATE_NOOP("vocab", "Other")


class RecordStatus(Vocab):
    """Where a record is in the review workflow (see ``domain.workflow``)."""

    DRAFT = "draft", QT_TRANSLATE_NOOP("vocab", "Draft")
    SUBMITTED = "submitted", QT_TRANSLATE_NOOP("vocab", "Submitted")
    ADVICE_REQUESTED = "advice_requested", QT_TRANSLATE_NOOP("vocab", "Advice requested")
    AUTHORISED = "authorised", QT_TRANSLATE_NOOP("vocab", "Authorised")
    RETURNED = "returned", QT_TRANSLATE_NOOP("vocab", "Returned for amendment")
    DECLINED = "declined", QT_TRANSLATE_NOOP("vocab", "Declined")
    COMPLETED = "completed", QT_TRANSLATE_NOOP("vocab", "Completed")

    @property
    def is_editable(self) -> bool:
        """Only a draft, or a record returned for amendment, changes in place."""
        return self in (RecordStatus.DRAFT, RecordStatus.RETURNED)

    @property
    def is_locked(self) -> bool:
        """Submitted at least once and not handed back: changes are addenda."""
        return not self.is_editable


class Role(Vocab):
    """What a person does in the organisation; a user may hold several roles."""

    PRACTITIONER = "practitioner", QT_TRANSLATE_NOOP("vocab", "Practitioner")
    MANAGER = "manager", QT_TRANSLATE_NOOP("vocab", "Manager")
    GUARDIAN = "guardian", QT_TRANSLATE_NOOP("vocab", "Caldicott Guardian")
    ADMINISTRATOR = "administrator", QT_TRANSLATE_NOOP("vocab", "Administrator")


class ReviewAction(Vocab):
    """What a reviewer recorded on a record; every one stays on the record with its comment."""

    REQUEST_ADVICE = "request_advice", QT_TRANSLATE_NOOP("vocab", "Advice requested")
    AUTHORISE = "authorise", QT_TRANSLATE_NOOP("vocab", "Authorised")
    RETURN = "return", QT_TRANSLATE_NOOP("vocab", "Returned for amendment")
    DECLINE = "decline", QT_TRANSLATE_NOOP("vocab", "Declined")
    REVIEW_EMERGENCY = "review_emergency", QT_TRANSLATE_NOOP(
        "vocab", "Emergency share reviewed"
    )
    GUARDIAN_DECISION = "guardian_decision", QT_TRANSLATE_NOOP(
        "vocab", "Caldicott Guardian decision"
    )
    BREACH_REPORTED = "breach_reported", QT_TRANSLATE_NOOP(
        "vocab", "Breach or misdirected information reported"
    )


class VersionKind(Vocab):
    """Why a version of a record's content was kept."""

    SUBMITTED = "submitted", QT_TRANSLATE_NOOP("vocab", "Submitted")
    COMPLETED = "completed", QT_TRANSLATE_NOOP("vocab", "Completed")
    ADDENDUM = "addendum", QT_TRANSLATE_NOOP("vocab", "Addendum")


#: Every vocabulary, for exports, tests and documentation.
ALL_VOCABULARIES: tuple[type[Vocab], ...] = (
    PersonRole,
    Origin,
    Outcome,
    PurposeCategory,
    SharingTest,
    DataCategory,
    Article6Basis,
    Article9Condition,
    Schedule1Condition,
    Para18Purpose,
    Para18Person,
    ConsentOverrideReason,
    ConfidentialityBasis,
    LegalGateway,
    ConsentStatus,
    PersonInformed,
    AdviceSource,
    ManagerDecision,
    TransferMethod,
    RecipientType,
    RecordStatus,
    Role,
    ReviewAction,
    VersionKind,
)
