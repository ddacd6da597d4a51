"""Fictional but realistic decision records, for demonstrations, screenshots and load tests.

A new demo database gets a demo organisation ("Northshire Council (demo)") with two
teams, four practitioners, two managers, a Caldicott Guardian and an administrator,
all signing in with ``DEMO_PASSWORD``. Every record is then written by one of the
practitioners and taken through the workflow by the people a real one would meet
(``submit``, ``authorise``, ``return_for_amendment``, ``mark_complete``, addenda,
Guardian decisions...), so demo data obeys every rule and permission real data does,
and every workflow state appears. Names are deliberately absurd surnames and case
references start ``DEMO-`` so nobody mistakes a demo database for a live one.

For speed (100,000 records for load tests) each journey is worked out in memory by
the same checks the services make and written in batches (``_BulkWorkflow``); a
test holds it to what the services themselves write (``through_services``).

Values are dealt from shuffled "decks" (every value once before any repeats), so a
few dozen records already use every outcome, lawful basis, consent position,
recipient type and transfer method, while the mix still looks natural.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any, Generic, TypeVar

from sqlmodel import Session

from infoshare_desktop.domain import conditions, workflow
from infoshare_desktop.domain.accounts import User
from infoshare_desktop.domain.audit import (
    CONTENT_EVENTS,
    AuditAction,
    AuditEvent,
    content_details,
    with_payload,
)
from infoshare_desktop.domain.codec import record_to_dict
from infoshare_desktop.domain.content import content_sha256
from infoshare_desktop.domain.fields import FIELDS
from infoshare_desktop.domain.i18n import QT_TRANSLATE_NOOP
from infoshare_desktop.domain.organisation import Organisation
from infoshare_desktop.domain.permissions import Action, Relation, relations_between
from infoshare_desktop.domain.record import (
    AdviceSought,
    DecisionRecord,
    PersonInvolved,
    TestAnswer,
)
from infoshare_desktop.domain.rules import (
    AFTER_SHARING,
    TRANSFER_ONLY_IF_SHARED,
)
from infoshare_desktop.domain.vocab import (
    PARA18_WITHOUT_CONSENT_REASONS,
    AdviceSource,
    Article6Basis,
    Article9Condition,
    ConfidentialityBasis,
    ConsentOverrideReason,
    ConsentStatus,
    DataCategory,
    LegalGateway,
    Origin,
    Outcome,
    Para18Person,
    Para18Purpose,
    PersonInformed,
    PersonRole,
    PurposeCategory,
    RecipientType,
    RecordStatus,
    ReviewAction,
    Role,
    Schedule1Condition,
    SharingTest,
    TransferMethod,
    VersionKind,
)
from infoshare_desktop.services import accounts, organisations, review
from infoshare_desktop.services import records as record_service
from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.services.errors import (
    AuthenticationError,
    ServiceError,
)
from infoshare_desktop.services.settings import OrganisationSettings
from infoshare_desktop.storage import accounts as account_store
from infoshare_desktop.storage import audit as audit_store
from infoshare_desktop.storage import repository
from infoshare_desktop.storage.database import Database

DEFAULT_SEED = 2024
#: Decisions are spread over this many days before "now".
SPREAD_DAYS = 730

T = TypeVar("T")

# --- Fictional people and places --------------------------------------------------------

#: Surnames nobody has, so demo records can never be taken for real families.
SURNAMES = (
    "Testington", "Sampleford", "Exampleby", "Demoworth", "Fictionsworth", "Madeupson",
    "Placeholdem", "Mockbridge", "Pretendall", "Inventley", "Notrealy", "Dummyfield",
    "Imaginary-Jones", "Scenariott", "Trialbury", "Specimenski", "Prototyne", "Mockwell",
    "Fabrickson", "Lorem-Ipsum", "Stubbington-Fake", "Draftwhistle", "Noperson",
    "Hypothetico",
)
CHILD_FIRST_NAMES = (
    "Ava", "Noah", "Isla", "Leo", "Maya", "Oscar", "Ruby", "Theo", "Zara", "Alfie",
    "Freya", "Kai", "Amara", "Finley", "Lily", "Reuben", "Nia", "Arlo", "Esme", "Yusuf",
    "Poppy", "Jayden", "Hana", "Callum", "Aoife", "Dylan", "Precious", "Mateo",
)
ADULT_FIRST_NAMES = (
    "Sarah", "Daniel", "Kerry", "Marcus", "Gemma", "Lee", "Aisha", "Craig", "Joanne",
    "Tomasz", "Leanne", "Wayne", "Priya", "Stacey", "Jamal", "Donna", "Bogdan", "Chloe",
    "Ray", "Michelle", "Ifeoma", "Gareth",
)
DEMO_ORGANISATION = "Northshire Council (demo)"
DEMO_MARKING = "OFFICIAL-SENSITIVE"
#: Every demo account signs in with this password (it is in the README).
DEMO_PASSWORD = "demo-password"
TEAMS = ("Children's Assessment Team", "Family Support Team")


@dataclass(frozen=True)
class DemoAccount:
    """One demo login; ``team`` and ``manages`` index ``TEAMS``."""

    username: str
    full_name: str
    job_title: str
    role: Role
    team: int | None = None
    manages: int | None = None


#: The demo organisation's people: two practitioners and a manager per team.
DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin1", "Alex Adminson", "IT support officer", Role.ADMINISTRATOR),
    DemoAccount("practitioner1", "Jo Sampleworth", "Social worker", Role.PRACTITIONER, 0),
    DemoAccount("practitioner2", "Ravi Exampleton", "Senior practitioner",
                Role.PRACTITIONER, 0),
    DemoAccount("practitioner3", "Kwame Testbury", "Family support worker",
                Role.PRACTITIONER, 1),
    DemoAccount("practitioner4", "Niamh Fictionley", "Early help practitioner",
                Role.PRACTITIONER, 1),
    DemoAccount("manager1", "Helen Managerly", "Team manager", Role.MANAGER, 0, 0),
    DemoAccount("manager2", "Tariq Supervisington", "Team manager", Role.MANAGER, 1, 1),
    DemoAccount("guardian1", "Dr Ann Caldifake", "Caldicott Guardian", Role.GUARDIAN),
)

#: The fictional directory: every recipient type at least once.
DIRECTORY: tuple[tuple[str, RecipientType, str], ...] = (
    ("Northshire Police – Child Abuse Investigation Unit", RecipientType.POLICE,
     "caiu@northshire-police.example"),
    ("Northshire Police – Public Protection Unit", RecipientType.POLICE,
     "ppu@northshire-police.example"),
    ("Northshire NHS Foundation Trust – Safeguarding Team", RecipientType.HEALTH,
     "safeguarding@northshire-nhs.example"),
    ("Riverside Medical Practice", RecipientType.HEALTH, "practice@riverside-gp.example"),
    ("Northshire Children's Mental Health Service", RecipientType.HEALTH,
     "referrals@northshire-cmhs.example"),
    ("Northshire Health Visiting Service", RecipientType.HEALTH,
     "hv@northshire-nhs.example"),
    ("Riverside Primary School", RecipientType.EDUCATION, "dsl@riverside-primary.example"),
    ("Kingsmead Academy", RecipientType.EDUCATION, "safeguarding@kingsmead.example"),
    ("Northshire College", RecipientType.EDUCATION, "welfare@northshire-college.example"),
    ("Northshire Homes Housing Association", RecipientType.HOUSING,
     "tenancy@northshire-homes.example"),
    ("Northshire Council – Housing Options", RecipientType.HOUSING,
     "housingoptions@northshire.example"),
    ("Probation Service – Northshire Delivery Unit", RecipientType.PROBATION,
     "northshire.pdu@probation.example"),
    ("Southmoor County Council – Children's Services", RecipientType.OTHER_LOCAL_AUTHORITY,
     "mash@southmoor.example"),
    ("Eastvale Borough Council – Adult Social Care", RecipientType.OTHER_LOCAL_AUTHORITY,
     "adultsafeguarding@eastvale.example"),
    ("Northshire Refuge and Domestic Abuse Service", RecipientType.VOLUNTARY_SECTOR,
     "referrals@northshire-refuge.example"),
    ("Brightsteps Family Support", RecipientType.VOLUNTARY_SECTOR,
     "hello@brightsteps.example"),
    ("Riverside Young Carers", RecipientType.VOLUNTARY_SECTOR, "team@riverside-yc.example"),
    ("Northshire Family Court", RecipientType.COURT, "family.northshire@courts.example"),
    ("Northshire Magistrates' Court", RecipientType.COURT,
     "magistrates.northshire@courts.example"),
    ("Northshire Multi-Agency Safeguarding Hub", RecipientType.OTHER,
     "mash@northshire.example"),
    ("Northshire Fire and Rescue – Home Safety", RecipientType.OTHER,
     "homesafety@northshire-fire.example"),
)
#: A closed organisation: shows how inactive entries look; never chosen for new records.
INACTIVE = ("Old Town Family Centre (closed)", RecipientType.VOLUNTARY_SECTOR, "")

#: Purposes that make sense for each kind of recipient.
PURPOSES_FOR: dict[RecipientType, tuple[PurposeCategory, ...]] = {
    RecipientType.POLICE: (PurposeCategory.SAFEGUARDING_CHILD, PurposeCategory.CRIME,
                           PurposeCategory.SAFEGUARDING_ADULT),
    RecipientType.HEALTH: (PurposeCategory.SAFEGUARDING_CHILD,
                           PurposeCategory.CARE_COORDINATION,
                           PurposeCategory.SAFEGUARDING_ADULT),
    RecipientType.EDUCATION: (PurposeCategory.SAFEGUARDING_CHILD,
                              PurposeCategory.CARE_COORDINATION),
    RecipientType.HOUSING: (PurposeCategory.CARE_COORDINATION,
                            PurposeCategory.SAFEGUARDING_ADULT, PurposeCategory.OTHER),
    RecipientType.PROBATION: (PurposeCategory.CRIME, PurposeCategory.SAFEGUARDING_CHILD,
                              PurposeCategory.SAFEGUARDING_ADULT),
    RecipientType.OTHER_LOCAL_AUTHORITY: (PurposeCategory.SAFEGUARDING_CHILD,
                                          PurposeCategory.SAFEGUARDING_ADULT,
                                          PurposeCategory.LEGAL_PROCEEDINGS),
    RecipientType.VOLUNTARY_SECTOR: (PurposeCategory.CARE_COORDINATION,
                                     PurposeCategory.SAFEGUARDING_ADULT,
                                     PurposeCategory.OTHER),
    RecipientType.COURT: (PurposeCategory.LEGAL_PROCEEDINGS,),
    RecipientType.OTHER: (PurposeCategory.SAFEGUARDING_CHILD, PurposeCategory.OTHER,
                          PurposeCategory.CARE_COORDINATION),
}

RECIPIENT_ROLES: dict[RecipientType, tuple[str, ...]] = {
    RecipientType.POLICE: ("Detective Constable", "Detective Sergeant", "Police Constable"),
    RecipientType.HEALTH: ("Named Nurse for Safeguarding", "GP", "Health Visitor",
                           "Clinical Psychologist"),
    RecipientType.EDUCATION: ("Designated Safeguarding Lead", "Head Teacher",
                              "Pastoral Lead"),
    RecipientType.HOUSING: ("Tenancy Sustainment Officer", "Housing Options Officer"),
    RecipientType.PROBATION: ("Probation Officer", "Senior Probation Officer"),
    RecipientType.OTHER_LOCAL_AUTHORITY: ("Social Worker", "MASH Team Manager"),
    RecipientType.VOLUNTARY_SECTOR: ("Family Support Worker", "Independent Domestic "
                                     "Violence Adviser", "Service Coordinator"),
    RecipientType.COURT: ("Legal Adviser", "Court Officer"),
    RecipientType.OTHER: ("MASH Coordinator", "Home Safety Adviser"),
}

GATEWAYS_FOR: dict[PurposeCategory, tuple[LegalGateway | None, ...]] = {
    PurposeCategory.SAFEGUARDING_CHILD: (LegalGateway.CA1989_S47, LegalGateway.CA1989_S17,
                                         LegalGateway.CA2004_S11, None),
    PurposeCategory.SAFEGUARDING_ADULT: (LegalGateway.CARE_ACT_S42,
                                         LegalGateway.CARE_ACT_S45, None),
    PurposeCategory.CRIME: (LegalGateway.CDA1998_S115, LegalGateway.DPA_SCH2_CRIME),
    PurposeCategory.CARE_COORDINATION: (LegalGateway.CA1989_S17, LegalGateway.CA2004_S11,
                                        None),
    PurposeCategory.LEGAL_PROCEEDINGS: (LegalGateway.DPA_SCH2_LEGAL,
                                        LegalGateway.COURT_ORDER),
    PurposeCategory.OTHER: (LegalGateway.OTHER, None),
}
OTHER_GATEWAYS = (
    "Localism Act 2011 s1 (general power of competence)",
    "Housing Act 1996 s213 (co-operation with housing authorities)",
    "Local information sharing protocol, section 4",
)

# --- Words ------------------------------------------------------------------------------
# {child} and {adult} are first names; {org} the other organisation.

PURPOSE_TEXT: dict[PurposeCategory, tuple[str, ...]] = {
    PurposeCategory.SAFEGUARDING_CHILD: (
        "To inform a section 47 strategy discussion about bruising seen on {child}.",
        "To help {org} assess risk after {child} disclosed being hit at home.",
        "To share concerns about neglect of {child} (poor home conditions, missed "
        "health appointments).",
        "To support a joint visit after {child} was reported missing overnight.",
    ),
    PurposeCategory.SAFEGUARDING_ADULT: (
        "To support a section 42 enquiry into suspected financial abuse of {adult}.",
        "To share concerns that {adult} is being exploited by a new partner.",
        "To plan a safety response after {adult} disclosed domestic abuse.",
    ),
    PurposeCategory.CRIME: (
        "To help {org} investigate an assault reported at the family home.",
        "To assist an investigation into the criminal exploitation of {child}.",
        "To confirm contact history for a police enquiry into harassment of {adult}.",
    ),
    PurposeCategory.CARE_COORDINATION: (
        "To coordinate an early help plan for {child} with {org}.",
        "To arrange support with attendance and emotional well-being for {child}.",
        "To make sure {org} knows about the family's support plan before a house move.",
    ),
    PurposeCategory.LEGAL_PROCEEDINGS: (
        "To comply with a court direction for disclosure in care proceedings about {child}.",
        "To provide the court with the chronology for a child arrangements hearing.",
    ),
    PurposeCategory.OTHER: (
        "To support a home fire safety visit after concerns about {adult}'s smoking.",
        "To help {org} plan a tenancy review for the family.",
        "To confirm the family's contact details for a benefits-related housing review.",
    ),
}
NECESSITY_TEXT = (
    "Without this information {org} cannot assess the risk properly. Only the details "
    "relevant to the current concern are shared.",
    "The concern is serious and recent. Sharing the dates and outcomes of visits is the "
    "least needed; the full case file is not shared.",
    "The family has been offered support before and it has not reduced the risk. "
    "{org} needs the history to plan a safe response.",
    "Sharing is proportionate: it is limited to what {org} asked for and to the last "
    "six months.",
    "Not sharing would leave {child} at risk; the information is accurate and up to date.",
)
NOT_SHARED_NECESSITY = (
    "The request did not show why the information is needed; sharing would not be "
    "proportionate.",
    "{org} already holds what it needs; sharing more would add nothing.",
    "The risk does not meet the threshold to share without consent, and consent was "
    "refused.",
    "The request asked for the whole case file; only a general confirmation of "
    "involvement was appropriate, and that was given by phone without personal details.",
)
DEFERRED_NECESSITY = (
    "Unclear whether the request meets the threshold; advice asked from the data "
    "protection officer before deciding.",
    "Consent position unclear because {adult} may lack capacity; legal advice requested.",
)
SHARED_TEXT = (
    "Dates and outcomes of the last three home visits; current plan.",
    "Summary of the concerns raised by school and the family's response.",
    "Chronology of significant events for the last 12 months.",
    "Names, dates of birth and address of the household members.",
    "Outcome of the last child protection conference and the plan.",
    "Details of the disclosure made by {child} and the immediate safety plan.",
    "Relevant health information provided by the family with their agreement.",
)
WITHHELD_TEXT = (
    ("The name of the neighbour who made the referral.",
     "Disclosing it could put the referrer at risk."),
    ("Details of the adult sibling's mental health.",
     "Not relevant to the purpose and not the sibling's choice."),
    ("Case notes older than two years.", "Not needed for the current assessment."),
    ("The whole case file.", "The request did not show a need for it; not proportionate."),
    ("The new address of the mother and children.",
     "They have fled domestic abuse; the address would put them at risk."),
)
REQUEST_TEXT = (
    "Any concerns known about {child} and the household.",
    "Confirmation of involvement and the name of the allocated worker.",
    "Chronology and copies of assessments for the last year.",
    "Whether {adult} is known to children's services.",
    "Current address and contact details for {adult}.",
)
VERIFICATION_TEXT = (
    "Called back on the number from the organisation's switchboard.",
    "Request came from a secure email address on the agreed list.",
    "Checked the officer's collar number with the control room.",
    "Known professional; confirmed by calling the school's main office.",
    "Request received through the secure portal with a countersigned form.",
)
VIEWS_AGREED = (
    "{adult} agreed and asked to be kept informed.",
    "{child} said they wanted the school to know so they could get help.",
    "{adult} agreed, and asked that the new address is not shared.",
)
VIEWS_OBJECTED = (
    "{adult} did not want the police involved.",
    "{adult} was angry and said the family would stop working with us.",
    "{adult} refused, saying the concerns had been dealt with last year.",
)
VIEWS_OTHER = (
    "{adult} was upset but understood why the information had to be shared.",
    "{child} did not want to talk about it.",
    "No views given; {adult} has not engaged since the last visit.",
)
CONSENT_NOTE = (
    "Discussed with the manager; asking would have alerted the alleged abuser.",
    "Tried to reach {adult} twice by phone before the strategy discussion.",
    "{adult}'s objection was noted; the risk to {child} outweighs it.",
    "Police needed the information the same day.",
)
#: The best-interests reasoning where the person lacks capacity to consent.
BEST_INTERESTS_NOTE = (
    "The mental capacity assessment by the duty social worker found {adult} cannot decide "
    "this; sharing keeps {child} safe and is in their best interests.",
    "{adult} lacks capacity to consent (assessed by the GP last week); sharing is in their "
    "best interests so the support plan can go ahead.",
)
NOT_INFORMED_REASON = (
    "Telling {adult} now could put {child} at greater risk before the police visit.",
    "Could not reach {adult}; phone off and no reply to a letter. Will try again.",
    "Police asked us not to tell the family while the investigation is active.",
    "{adult} lacks capacity to understand; their attorney will be told at the next visit.",
)
ADVICE_TEXT: dict[AdviceSource, tuple[str, ...]] = {
    AdviceSource.LINE_MANAGER: ("Agreed sharing is proportionate; share the dates only.",
                                "Advised to seek consent first unless it raises the risk."),
    AdviceSource.SAFEGUARDING_LEAD: ("Threshold met for a strategy discussion.",
                                     "Advised to refer to the MASH today."),
    AdviceSource.DPO: ("Public task and para 18 apply; record the reasons fully.",
                       "Do not send the whole file; a summary is enough."),
    AdviceSource.CALDICOTT_GUARDIAN: ("Overriding public interest justifies disclosure.",
                                      "Sharing without consent is justified here."),
    AdviceSource.LEGAL: ("Court direction requires disclosure of the listed documents.",
                         "No legal gateway for the wider request; decline it."),
}
GUARDIAN_OUTCOMES = (
    "Agreed: disclosure justified in the public interest, limited to the listed items.",
    "Agreed to share in part; the third party's details to be removed.",
    "Not agreed: the request does not show necessity. Ask the requester for more detail.",
)
AUTHORISE_COMMENTS = (
    "Agreed; well-reasoned record.",
    "Authorised. Please diarise the follow-up.",
    "Agreed: share only what is listed.",
    "",
)
ADVICE_REQUEST_COMMENTS = (
    "Please check with the data protection officer whether para 18 applies.",
    "Ask legal whether the court direction covers the chronology.",
    "Seek the Caldicott Guardian's view before we share without consent.",
)
RETURN_COMMENTS = (
    "Please say why consent was not sought.",
    "The necessity section needs to say why less would not do.",
    "Please record how the requester's identity was checked.",
    "Add what was withheld and why.",
)
DECLINE_COMMENTS = (
    "Declined: the risk does not justify sharing without consent.",
    "Declined: the request does not show why the information is needed.",
    "Declined: the recipient already holds what they need.",
)
AMENDMENTS = (
    " Consent was not sought because asking would have alerted the alleged abuser.",
    " Less would not do: the recipient cannot assess the risk without the visit dates.",
)
EMERGENCY_REVIEW_COMMENTS = (
    "Reviewed: the emergency share was justified.",
    "Reviewed. Right call in the circumstances; discuss in supervision.",
    "",
)
GUARDIAN_DECISIONS = (
    "Guardian decision: disclosure justified in the public interest.",
    "Guardian decision: agreed, but the third party's details must be removed.",
    "Guardian decision: noted; no further action.",
)
ADDENDA = (
    ("receipt_confirmed", True, "The recipient confirmed receipt by phone."),
    ("retention_agreed", "To be deleted once the strategy discussion has concluded.",
     "The recipient agreed how long they will keep it."),
    ("third_party_protection", "Neighbour's name and address removed.",
     "Corrected: the neighbour's details were removed before sending."),
)
PROTECTION_TEXT = (
    "Neighbour's name and address removed.",
    "Sibling's details redacted from the chronology.",
    "",
)
AGREEMENTS = ("DSA-NS-014", "DSA-NS-022", "Northshire Safeguarding Partnership protocol", "")
RETENTION = (
    "Recipient will keep it with the case file under their retention schedule.",
    "To be deleted once the strategy discussion has concluded.",
    "",
)


# --- Dealing values ---------------------------------------------------------------------


class _Deck(Generic[T]):
    """Deals every card once (in shuffled order) before any card repeats."""

    def __init__(self, rng: random.Random, cards: Iterable[T]) -> None:
        self._rng = rng
        self._cards = list(cards)
        self._pile: list[T] = []

    def draw(self, allowed: Callable[[T], bool] | None = None) -> T:
        """The next card that ``allowed`` accepts; cards it refuses wait for a later draw."""
        for _ in range(2):
            for index, card in enumerate(self._pile):
                if allowed is None or allowed(card):
                    return self._pile.pop(index)
            fresh = list(self._cards)
            self._rng.shuffle(fresh)
            self._pile.extend(fresh)
        raise ValueError("no card is allowed")


@dataclass
class _Family:
    case_reference: str
    children: list[PersonInvolved]
    adults: list[PersonInvolved]
    third_party: PersonInvolved | None


@dataclass
class _Generator:
    rng: random.Random
    now: datetime
    directory: list[Organisation]
    families: list[_Family] = field(default_factory=list)

    def __post_init__(self) -> None:
        rng = self.rng
        self.outcomes = _Deck(rng, [Outcome.SHARED_IN_FULL] * 5 + [Outcome.SHARED_IN_PART] * 3
                              + [Outcome.NOT_SHARED] * 3 + [Outcome.DEFERRED])
        self.orgs = _Deck(rng, self.directory)
        self.purposes = _Deck(rng, list(PurposeCategory)
                              + [PurposeCategory.SAFEGUARDING_CHILD] * 3
                              + [PurposeCategory.SAFEGUARDING_ADULT,
                                 PurposeCategory.CRIME, PurposeCategory.CARE_COORDINATION])
        self.article6 = _Deck(rng, [Article6Basis.PUBLIC_TASK] * 8
                              + [Article6Basis.LEGAL_OBLIGATION] * 2 + list(Article6Basis))
        self.consents = _Deck(rng, list(ConsentStatus) + [ConsentStatus.NOT_APPLICABLE] * 2)
        self.origins = _Deck(rng, list(Origin) + [Origin.RESPONSE_TO_REQUEST] * 2)
        self.categories = _Deck(rng, [c for c in DataCategory
                                      if c is not DataCategory.IDENTITY_CONTACT])
        self.article9 = _Deck(rng, list(Article9Condition)
                              + [Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST] * 2
                              + [Article9Condition.HEALTH_SOCIAL_CARE] * 2)
        self.schedule1 = _Deck(rng, list(Schedule1Condition)
                               + [Schedule1Condition.P2_SAFEGUARDING] * 3)
        self.para18_purposes = _Deck(rng, list(Para18Purpose))
        self.para18_reasons = _Deck(rng, PARA18_WITHOUT_CONSENT_REASONS)
        self.override_reasons = _Deck(rng, list(ConsentOverrideReason))
        self.methods = _Deck(rng, list(TransferMethod) + [TransferMethod.SECURE_EMAIL] * 2)
        self.informed = _Deck(rng, list(PersonInformed) + [PersonInformed.BEFORE] * 2)
        self.advice_sources = _Deck(rng, list(AdviceSource))

    # -- people --------------------------------------------------------------------------

    def family(self) -> _Family:
        """Reuse families so several decisions concern the same case, as in real life."""
        if self.families and self.rng.random() < 0.35:
            return self.rng.choice(self.families)
        rng = self.rng
        surname = rng.choice(SURNAMES)
        children = [
            PersonInvolved(PersonRole.CHILD, f"{rng.choice(CHILD_FIRST_NAMES)} {surname}",
                           self._birthday(0, 17))
            for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))
        ]
        adults = [PersonInvolved(PersonRole.PARENT_CARER,
                                 f"{rng.choice(ADULT_FIRST_NAMES)} {surname}",
                                 self._birthday(19, 55))]
        if rng.random() < 0.4:
            adults.append(PersonInvolved(
                PersonRole.PARENT_CARER,
                f"{rng.choice(ADULT_FIRST_NAMES)} {rng.choice(SURNAMES)}",
                self._birthday(19, 60)))
        third = None
        if rng.random() < 0.3:
            third = PersonInvolved(PersonRole.THIRD_PARTY,
                                   f"{rng.choice(ADULT_FIRST_NAMES)} {rng.choice(SURNAMES)}",
                                   None if rng.random() < 0.5 else self._birthday(18, 70))
        family = _Family(f"DEMO-CM-{rng.randint(100000, 999999)}", children, adults, third)
        self.families.append(family)
        return family

    def _birthday(self, youngest: int, oldest: int) -> date:
        days = self.rng.randint(youngest * 365 + 30, oldest * 365 + 300)
        return (self.now - timedelta(days=days)).date()

    # -- one record ----------------------------------------------------------------------

    def record(self, author: User, emergency: bool = False) -> DecisionRecord:
        """A complete decision by ``author``; ``emergency`` for a share made first.

        The authorisation block is left empty: a manager's review fills it.
        """
        rng = self.rng
        family = self.family()
        outcome = self.outcomes.draw(lambda o: o.is_share or not emergency)
        org = self.orgs.draw()
        assert org.type is not None
        purpose = self.purposes.draw(lambda p: p in PURPOSES_FOR[org.type])  # type: ignore[index]
        adult_at_risk = purpose is PurposeCategory.SAFEGUARDING_ADULT
        people = self._people(family, adult_at_risk)
        child = family.children[0].name.split()[0]
        adult = (people[0] if adult_at_risk else family.adults[0]).name.split()[0]

        def words(options: Sequence[str]) -> str:
            return rng.choice(options).format(child=child, adult=adult, org=org.name)

        article6 = self.article6.draw()
        consent = self.consents.draw(lambda c: _consent_fits(c, outcome, article6, emergency))
        decided = self._decided_at()
        origin = (Origin.PROACTIVE if emergency else
                  self.origins.draw(lambda o: o is not Origin.PROACTIVE)
                  if org.type in (RecipientType.POLICE, RecipientType.COURT)
                  else self.origins.draw())

        record = record_service.new_record()
        record.case_reference = family.case_reference
        record.people = people
        record.origin = origin
        record.emergency = emergency
        record.outcome = outcome
        record.purpose_category = purpose
        record.purpose = words(PURPOSE_TEXT[purpose])
        record.necessity = words(
            NECESSITY_TEXT if outcome.is_share
            else NOT_SHARED_NECESSITY if outcome is Outcome.NOT_SHARED
            else DEFERRED_NECESSITY
        )
        record.decision_maker_name = author.full_name
        record.decision_maker_position = author.job_title
        record.decided_at = decided
        record.article6_basis = article6
        record.consent = consent
        record.legal_gateway = rng.choice(GATEWAYS_FOR[purpose])
        if record.legal_gateway is LegalGateway.OTHER:
            record.legal_gateway_other = rng.choice(OTHER_GATEWAYS)
        record.views_expressed = words(_views_for(consent)) if rng.random() < 0.6 else ""

        if origin is Origin.RESPONSE_TO_REQUEST:
            record.requesting_organisation = org.name
            record.requester_name = self._professional_name()
            record.requester_position = rng.choice(RECIPIENT_ROLES[org.type])
            record.request_received_on = decided.date() - timedelta(
                days=rng.choice((0, 0, 0, 1, 2, 5)))
            record.request_details = words(REQUEST_TEXT)
            record.requester_verification = rng.choice(VERIFICATION_TEXT)

        record.tests = self._tests(outcome)
        if outcome.is_share:
            self._share_details(record, org, words)
        if outcome in (Outcome.SHARED_IN_PART, Outcome.NOT_SHARED):
            withheld, why = rng.choice(WITHHELD_TEXT)
            record.withheld_description, record.withheld_reason = withheld, why

        if consent.needs_override_reason:
            # Refused consent was given, so "cannot be given" does not fit an override.
            refused = consent is ConsentStatus.REFUSED_SHARED

            def fits(reason: ConsentOverrideReason) -> bool:
                return not refused or reason in _OVERRIDE_AFTER_REFUSAL

            reasons = {self.override_reasons.draw(fits)}
            if emergency:
                reasons.add(ConsentOverrideReason.URGENCY)
            if rng.random() < 0.3:
                reasons.add(self.override_reasons.draw(fits))
            record.consent_override_reasons = [r for r in ConsentOverrideReason if r in reasons]
            if rng.random() < 0.5:
                record.consent_override_note = words(CONSENT_NOTE)
        if consent is ConsentStatus.LACKS_CAPACITY:
            record.consent_override_note = words(BEST_INTERESTS_NOTE)
        record.person_informed = self.informed.draw(
            lambda i: outcome.is_share or i is not PersonInformed.AFTER)
        if record.person_informed.needs_reason:
            record.person_informed_reason = words(NOT_INFORMED_REASON)
        if family.third_party is not None and rng.random() < 0.7:
            record.third_party_protection = rng.choice(PROTECTION_TEXT[:2])

        # In a fixed order before choosing words: set order varies between runs.
        asked = {self.advice_sources.draw() for _ in range(rng.choice((0, 1, 1, 2)))}
        record.advice = [
            AdviceSought(source, rng.choice(ADVICE_TEXT[source]))
            for source in AdviceSource
            if source in asked
        ]
        decided_day = decided.date()
        police_request = (org.type is RecipientType.POLICE
                          and origin is Origin.RESPONSE_TO_REQUEST)
        if rng.random() < (0.35 if police_request or consent is ConsentStatus.REFUSED_SHARED
                           else 0.04):
            record.guardian_referred = True
            record.guardian_referred_on = decided_day
            record.guardian_outcome = rng.choice(GUARDIAN_OUTCOMES)
        if rng.random() < 0.5:
            record.follow_up_on = decided_day + timedelta(days=rng.choice((14, 28, 42, 90)))
        return record

    def _people(self, family: _Family, adult_at_risk: bool) -> list[PersonInvolved]:
        people: list[PersonInvolved]
        if adult_at_risk:
            adult = family.adults[0]
            people = [PersonInvolved(PersonRole.ADULT_AT_RISK, adult.name, adult.date_of_birth)]
            people += family.children[:1]
        else:
            people = list(family.children) + family.adults[: self.rng.choice((1, 1, 2))]
        if family.third_party is not None and self.rng.random() < 0.6:
            people.append(family.third_party)
        return [PersonInvolved(p.role, p.name, p.date_of_birth) for p in people]

    def _professional_name(self) -> str:
        rng = self.rng
        return f"{rng.choice(ADULT_FIRST_NAMES)} {rng.choice(SURNAMES)}"

    def _decided_at(self) -> datetime:
        """A working-hours moment within the last two years, never later than an hour ago."""
        rng = self.rng
        day = (self.now - timedelta(days=rng.randint(0, SPREAD_DAYS))).date()
        moment = datetime(day.year, day.month, day.day, rng.randint(8, 17),
                          rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)), tzinfo=UTC)
        latest = self.now - timedelta(hours=1)
        return moment if moment <= latest else latest.replace(second=0, microsecond=0)

    def _tests(self, outcome: Outcome) -> list[TestAnswer]:
        rng = self.rng
        if outcome is Outcome.DEFERRED:
            return [TestAnswer(t, True if rng.random() < 0.5 else None) for t in SharingTest]
        answers = []
        for test in SharingTest:
            if outcome.is_share:
                answers.append(TestAnswer(test, True, "" if rng.random() < 0.7 else
                                          "Checked with the manager"))
            elif test in (SharingTest.NECESSARY, SharingTest.PROPORTIONATE):
                answers.append(TestAnswer(test, False, "Not shown by the request"))
            else:
                answers.append(TestAnswer(test, rng.random() < 0.8))
        return answers

    def _share_details(
        self, record: DecisionRecord, org: Organisation, words: Callable[[Sequence[str]], str]
    ) -> None:
        rng = self.rng
        assert org.type is not None
        record.shared_description = words(SHARED_TEXT)
        categories = {DataCategory.IDENTITY_CONTACT}
        for _ in range(rng.choice((1, 1, 2, 3))):
            categories.add(self.categories.draw())
        if record.purpose_category is PurposeCategory.CRIME and rng.random() < 0.6:
            categories.add(DataCategory.CRIMINAL_OFFENCE)
        record.data_categories = [c for c in DataCategory if c in categories]
        consent = record.consent
        if conditions.special_category_shared(record):
            record.article9_condition = self.article9.draw(
                lambda a: a is not Article9Condition.EXPLICIT_CONSENT
                or consent in (ConsentStatus.GIVEN_WRITTEN, ConsentStatus.GIVEN_VERBAL))
        if conditions.needs_schedule1(record):
            article9 = record.article9_condition if conditions.special_category_shared(
                record) else None
            record.schedule1_condition = self.schedule1.draw(
                lambda s: _schedule1_fits(s, article9))
        if conditions.is_para18(record):
            record.para18_purpose = self.para18_purposes.draw()
            record.para18_person = (
                Para18Person.ADULT_AT_RISK
                if any(p.role is PersonRole.ADULT_AT_RISK for p in record.people)
                else Para18Person.UNDER_18
            )
            record.para18_without_consent = self.para18_reasons.draw()
        record.confidentiality_basis = _confidentiality(record, org.type, rng)
        record.recipient_organisation_id = org.id
        record.recipient_name = self._professional_name()
        record.recipient_role = rng.choice(RECIPIENT_ROLES[org.type])
        delay = timedelta(minutes=rng.choice((5, 20, 45, 90, 180, 24 * 60)))
        record.shared_at = min(record.decided_at + delay,  # type: ignore[operator]
                               self.now - timedelta(minutes=1))
        record.method = self.methods.draw(
            lambda m: not record.emergency
            or m in (TransferMethod.TELEPHONE, TransferMethod.FACE_TO_FACE))
        record.identity_verified = rng.random() < 0.8
        record.address_checked = rng.random() < 0.7
        record.receipt_confirmed = rng.random() < 0.6
        record.sharing_agreement = rng.choice(AGREEMENTS)
        record.retention_agreed = rng.choice(RETENTION)

    def draftify(self, record: DecisionRecord) -> DecisionRecord:
        """Leave a draft half-finished, as a busy practitioner would."""
        rng = self.rng
        for name, blank in rng.sample(_DRAFT_GAPS, k=rng.randint(1, 4)):
            setattr(record, name, blank)
        return record


_DRAFT_GAPS: list[tuple[str, object]] = [
    ("purpose", ""),
    ("necessity", ""),
    ("person_informed", None),
    ("decision_maker_position", ""),
    ("views_expressed", ""),
    ("shared_description", ""),
    ("withheld_reason", ""),
    ("confidentiality_basis", None),
]


_OVERRIDE_AFTER_REFUSAL = (
    ConsentOverrideReason.WOULD_PREJUDICE_PROTECTION,
    ConsentOverrideReason.URGENCY,
    ConsentOverrideReason.WOULD_INCREASE_RISK,
)


def _views_for(consent: ConsentStatus) -> tuple[str, ...]:
    if consent in (ConsentStatus.GIVEN_WRITTEN, ConsentStatus.GIVEN_VERBAL):
        return VIEWS_AGREED
    if consent in (ConsentStatus.REFUSED_SHARED, ConsentStatus.REFUSED_NOT_SHARED):
        return VIEWS_OBJECTED
    return VIEWS_OTHER


def _consent_fits(
    consent: ConsentStatus, outcome: Outcome, article6: Article6Basis, emergency: bool
) -> bool:
    given = consent in (ConsentStatus.GIVEN_WRITTEN, ConsentStatus.GIVEN_VERBAL)
    if article6.rests_on_consent:
        return given
    if emergency:
        return consent in (ConsentStatus.NOT_SOUGHT, ConsentStatus.LACKS_CAPACITY)
    if outcome.is_share:
        return consent is not ConsentStatus.REFUSED_NOT_SHARED
    if outcome is Outcome.NOT_SHARED:
        return consent is not ConsentStatus.REFUSED_SHARED
    return consent in (ConsentStatus.NOT_SOUGHT, ConsentStatus.NOT_APPLICABLE,
                       ConsentStatus.LACKS_CAPACITY)


_SCHEDULE1_FOR_ARTICLE9: dict[Article9Condition, tuple[Schedule1Condition, ...]] = {
    Article9Condition.EMPLOYMENT_SOCIAL_PROTECTION: (Schedule1Condition.P1_EMPLOYMENT,),
    Article9Condition.HEALTH_SOCIAL_CARE: (Schedule1Condition.P1_HEALTH_SOCIAL_CARE,),
    Article9Condition.PUBLIC_HEALTH: (Schedule1Condition.P1_PUBLIC_HEALTH,),
    Article9Condition.ARCHIVING_RESEARCH: (Schedule1Condition.P1_RESEARCH,),
    Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST: tuple(
        s for s in Schedule1Condition if s.value.startswith("p2_")),
}


def _schedule1_fits(condition: Schedule1Condition, article9: Article9Condition | None) -> bool:
    """Article 9(2)(b), (h), (i), (j) pair with Part 1, (g) with Part 2; crime data with any."""
    if article9 is None or article9 not in _SCHEDULE1_FOR_ARTICLE9:
        return True
    return condition in _SCHEDULE1_FOR_ARTICLE9[article9]


def _confidentiality(
    record: DecisionRecord, recipient: RecipientType, rng: random.Random
) -> ConfidentialityBasis:
    if record.consent in (ConsentStatus.GIVEN_WRITTEN, ConsentStatus.GIVEN_VERBAL):
        return ConfidentialityBasis.CONSENT
    if record.consent is ConsentStatus.LACKS_CAPACITY:
        return ConfidentialityBasis.BEST_INTERESTS
    if recipient is RecipientType.COURT:
        return ConfidentialityBasis.COURT_ORDER
    if record.article6_basis is Article6Basis.LEGAL_OBLIGATION:
        return ConfidentialityBasis.REQUIRED_BY_LAW
    if record.data_categories == [DataCategory.IDENTITY_CONTACT] or rng.random() < 0.05:
        return ConfidentialityBasis.NOT_CONFIDENTIAL
    return ConfidentialityBasis.PUBLIC_INTEREST


def _ensure_directory(db: Database, actor: User) -> list[Organisation]:
    """Add the fictional directory (once: an existing entry with the same name is reused)."""
    existing = {o.name: o for o in organisations.list_organisations(db, include_inactive=True)}
    active = []
    for number, (name, kind, email) in enumerate((*DIRECTORY, INACTIVE)):
        org = existing.get(name)
        if org is None:
            org = organisations.save_organisation(db, actor, Organisation(
                name=name,
                type=kind,
                address=f"{number + 1} Fictional Road, Northshire NS{number % 9 + 1} 0DM",
                phone=f"01632 960{number:03d}",
                secure_email=email,
                active=(name, kind, email) != INACTIVE,
            ))
        if org.active:
            active.append(org)
    return active


# --- The demo organisation ----------------------------------------------------------------


class NotADemoDatabaseError(ServiceError):
    """The database belongs to a real organisation, or holds real records."""


@dataclass(frozen=True)
class DemoPeople:
    """The demo organisation's signed-in users, by username."""

    users: dict[str, User]

    @property
    def admin(self) -> User:
        return self.users["admin1"]

    @property
    def guardian(self) -> User:
        return self.users["guardian1"]

    @property
    def practitioners(self) -> list[User]:
        return [self.users[a.username] for a in DEMO_ACCOUNTS if a.role is Role.PRACTITIONER]

    def manager_of(self, author: User) -> User:
        managers = [self.users[a.username] for a in DEMO_ACCOUNTS if a.role is Role.MANAGER]
        return next(m for m in managers if m.managed_team_ids & author.team_ids)


def _holds_real_records(db: Database) -> bool:
    """Any record whose case reference is not a demo one (whoever wrote it)."""
    with db.session() as session:
        summaries = repository.list_summaries(session)
    return any(not s.case_reference.startswith("DEMO-") for s in summaries)


def _set_up_demo_organisation(db: Database) -> DemoPeople:
    """Create the demo organisation, its teams and accounts (once; argon2 is slow)."""
    first, *others = DEMO_ACCOUNTS
    admin = accounts.set_up_organisation(
        db, DEMO_ORGANISATION, DEMO_MARKING,
        User(None, first.username, first.full_name, first.job_title, frozenset({first.role})),
        DEMO_PASSWORD,
    )
    team_ids = [accounts.create_team(db, admin, name).id for name in TEAMS]
    users = {admin.username: admin}
    for account in others:
        def ids(index: int | None) -> frozenset[int]:
            team_id = None if index is None else team_ids[index]
            return frozenset() if team_id is None else frozenset({team_id})

        users[account.username] = accounts.create_user(db, admin, User(
            None, account.username, account.full_name, account.job_title,
            frozenset({account.role}), ids(account.team), ids(account.manages),
        ), DEMO_PASSWORD)
    return DemoPeople(users)


def demo_people(db: Database) -> DemoPeople:
    """The demo organisation's users, creating them on a database with no accounts.

    Raises ``NotADemoDatabaseError`` for a database of a real organisation, or one
    that holds real records.
    """
    if _holds_real_records(db):
        raise NotADemoDatabaseError(QT_TRANSLATE_NOOP(
            "errors", "This database holds real records."))
    if accounts.needs_setup(db):
        return _set_up_demo_organisation(db)
    if settings_service.get_settings(db).organisation_name != DEMO_ORGANISATION:
        raise NotADemoDatabaseError(QT_TRANSLATE_NOOP(
            "errors", "This database belongs to a real organisation."))
    try:
        admin = accounts.authenticate(db, DEMO_ACCOUNTS[0].username, DEMO_PASSWORD)
    except AuthenticationError:
        raise NotADemoDatabaseError(QT_TRANSLATE_NOOP(
            "errors", "The demo administrator cannot sign in.")) from None
    users = {u.username: u for u in accounts.list_users(db, admin)}
    if any(a.username not in users for a in DEMO_ACCOUNTS):
        raise NotADemoDatabaseError(QT_TRANSLATE_NOOP(
            "errors", "Some demo accounts are missing or deactivated."))
    return DemoPeople(users)


# --- Records in every workflow state --------------------------------------------------------


class Fate(Enum):
    """Where a demo record ends up, and how it got there."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    ADVICE_REQUESTED = "advice requested"
    AUTHORISED = "authorised, not yet shared"
    RETURNED = "returned for amendment"
    DECLINED = "declined"
    COMPLETED = "authorised, then completed"
    RESUBMITTED = "returned, amended, resubmitted, authorised and completed"
    EMERGENCY_AWAITING = "emergency share completed, awaiting review"
    EMERGENCY_REVIEWED = "emergency share completed and reviewed"

    @property
    def emergency(self) -> bool:
        return self in (Fate.EMERGENCY_AWAITING, Fate.EMERGENCY_REVIEWED)


#: How often each fate comes up: a deck, so 25 records already show every one.
FATES: tuple[Fate, ...] = (
    (Fate.DRAFT,) * 3 + (Fate.SUBMITTED,) * 2 + (Fate.ADVICE_REQUESTED,)
    + (Fate.AUTHORISED,) * 2 + (Fate.RETURNED,) * 2 + (Fate.DECLINED,)
    + (Fate.COMPLETED,) * 10 + (Fate.RESUBMITTED,) + (Fate.EMERGENCY_AWAITING,)
    + (Fate.EMERGENCY_REVIEWED,) * 2
)
#: Share of completed records later corrected by an addendum.
ADDENDUM_SHARE = 0.08


def _addendum_fits(record: DecisionRecord, name: str) -> bool:
    """A correction to the transfer only fits a record of something that was shared."""
    return record.is_share or name not in TRANSFER_ONLY_IF_SHARED


def _before_sharing(record: DecisionRecord) -> DecisionRecord:
    """The record as submitted for review: nothing yet that is known only after sharing."""
    blank = DecisionRecord()
    return replace(record, **{name: getattr(blank, name) for name in AFTER_SHARING})


@dataclass
class _Workflow:
    """Takes one generated record through the services to its fate."""

    db: Database
    rng: random.Random
    people: DemoPeople

    def run(self, fate: Fate, author: User, full: DecisionRecord,
            generator: _Generator) -> DecisionRecord:
        db, rng = self.db, self.rng
        manager = self.people.manager_of(author)
        if fate is Fate.DRAFT:
            return record_service.save_draft(db, author, generator.draftify(full))
        if fate.emergency:
            done = record_service.mark_complete(db, author, full)
            assert done.id is not None
            if fate is Fate.EMERGENCY_REVIEWED:
                done = review.review_emergency(db, manager, done.id,
                                               rng.choice(EMERGENCY_REVIEW_COMMENTS))
            return self._extras(author, done, full)
        submitted = record_service.submit(db, author, _before_sharing(full))
        record_id = submitted.id
        assert record_id is not None
        if fate is Fate.SUBMITTED:
            return submitted
        if fate is Fate.ADVICE_REQUESTED or (fate is Fate.COMPLETED and rng.random() < 0.2):
            advised = review.request_advice(db, manager, record_id,
                                            rng.choice(ADVICE_REQUEST_COMMENTS))
            if fate is Fate.ADVICE_REQUESTED:
                return advised
        if fate is Fate.DECLINED:
            return self._extras(author, review.decline(
                db, manager, record_id, rng.choice(DECLINE_COMMENTS)), full)
        if fate in (Fate.RETURNED, Fate.RESUBMITTED):
            returned = review.return_for_amendment(db, manager, record_id,
                                                   rng.choice(RETURN_COMMENTS))
            if fate is Fate.RETURNED:
                return returned
            amended = replace(returned, necessity=returned.necessity + rng.choice(AMENDMENTS))
            record_service.submit(db, author, amended)
        authorised = review.authorise(db, manager, record_id, rng.choice(AUTHORISE_COMMENTS))
        if fate is Fate.AUTHORISED:
            return self._extras(author, authorised, full)
        shared = replace(authorised, **{name: getattr(full, name) for name in AFTER_SHARING})
        done = record_service.mark_complete(db, author, shared)
        return self._extras(author, done, full)

    def _extras(self, author: User, record: DecisionRecord,
                full: DecisionRecord) -> DecisionRecord:
        """A Guardian decision where the Guardian was consulted; now and then an addendum."""
        rng = self.rng
        assert record.id is not None
        if full.guardian_referred:
            record = review.guardian_decision(self.db, self.people.guardian, record.id,
                                              rng.choice(GUARDIAN_DECISIONS))
        if record.status is RecordStatus.COMPLETED and rng.random() < ADDENDUM_SHARE:
            name, value, reason = rng.choice(ADDENDA)
            if getattr(record, name) != value and _addendum_fits(record, name):
                record = record_service.add_addendum(
                    self.db, author, record.id, replace(record, **{name: value}), reason)
        return record


def create_demo_data(
    db: Database, records: int, seed: int = DEFAULT_SEED, now: datetime | None = None,
    *, through_services: bool = False, progress: Callable[[int], None] | None = None,
) -> int:
    """Add ``records`` fictional decisions (and the demo organisation) to ``db``.

    On a database with no accounts this first creates the demo organisation: its
    teams, the accounts of ``DEMO_ACCOUNTS`` (password ``DEMO_PASSWORD``) and the
    directory. Each record is written by one of the practitioners and taken through
    the workflow by the services, as the people involved, to one of the ``FATES``.
    The same seed and ``now`` give the same records. Returns the number added.

    By default the records are worked out in memory by the same rules and written
    ``BATCH`` to a transaction (``_BulkWorkflow``: about 100 times faster, for load
    tests); ``through_services`` calls the services step by step instead, which the
    tests use to check that both give the same records, versions, reviews and
    audit events. ``progress`` is told how many records are written so far.

    Raises ``NotADemoDatabaseError`` for a real organisation's database.
    """
    if records < 0:
        raise ValueError("records must not be negative")
    people = demo_people(db)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    rng = random.Random(seed)
    generator = _Generator(rng, moment, _ensure_directory(db, people.admin))
    fates = _Deck(rng, FATES)
    authors = _Deck(rng, people.practitioners)
    if through_services:
        workflow = _Workflow(db, rng, people)
        for _ in range(records):
            fate = fates.draw()
            author = authors.draw()
            workflow.run(fate, author, generator.record(author, emergency=fate.emergency),
                         generator)
        return records
    settings = settings_service.get_settings(db)
    team_ids = _team_ids(db, people)
    organisation_ids = frozenset(o.id for o in generator.directory if o.id is not None)
    done = 0
    while done < records:
        with db.session() as session:
            bulk = _BulkWorkflow(session, rng, people, settings, team_ids, organisation_ids)
            stories = []
            for _ in range(min(BATCH, records - done)):
                fate = fates.draw()
                author = authors.draw()
                stories.append(bulk.run(
                    fate, author, generator.record(author, emergency=fate.emergency),
                    generator))
            bulk.write(stories)
        done += len(stories)
        if progress is not None:
            progress(done)
    return records


# --- Many records at once ------------------------------------------------------------------

#: Records written per transaction by the bulk path.
BATCH = 500


@dataclass
class _Story:
    """One record's way through the workflow, worked out in memory before it is written.

    ``record`` is where it ends up; ``versions`` and ``reviews`` are the rows the
    services would have kept on the way, and ``events`` the audit events, in order.
    Versions are kept as records and turned into JSON once the record has its id.
    """

    record: DecisionRecord
    versions: list[tuple[VersionKind, datetime, int | None, str, DecisionRecord]] = field(
        default_factory=list)
    reviews: list[tuple[int, datetime, ReviewAction, str]] = field(default_factory=list)
    events: list[AuditEvent] = field(default_factory=list)


def _form_values(record: DecisionRecord) -> dict[str, object]:
    """The answers as the services compare them (for addenda), by field name."""
    data = record_to_dict(record)
    return {f.name: data[f.name] for f in FIELDS}


@dataclass
class _BulkWorkflow:
    """The same journeys as ``_Workflow``, checked by the same rules, written in batches.

    Going through the services costs about 30 ms a record (a transaction, reloads
    and permission look-ups per step), too slow for a 100,000-decision load test.
    Here each step makes the checks its service makes, from the domain layer
    (``draft_problems``, ``submission_problems``, ``completion_problems``, the
    permission matrix with the author's teams, the workflow's ``move``), and
    refuses the same way; the record is then written once, in its final state,
    through ``repository`` (so anything kept in step there, such as a search index,
    is), with its versions and reviews, and its audit events chained by
    ``storage.audit``. It draws from ``rng`` exactly as ``_Workflow`` does, so a
    seed gives the same records either way (tests/services/test_demo.py checks).
    """

    session: Session
    rng: random.Random
    people: DemoPeople
    settings: OrganisationSettings
    team_ids: dict[int, frozenset[int]]
    organisation_ids: frozenset[int]

    # -- the rulebook, as a service asks it --------------------------------------------------

    def _context(self, now: datetime) -> workflow.Context:
        return workflow.Context(
            now=now, policy=self.settings.policy,
            authorisation_required=self.settings.authorisation_required,
            organisation_known=self.organisation_ids.__contains__)

    def _relations(self, actor: User, record: DecisionRecord | None) -> frozenset[Relation]:
        if record is None:
            return frozenset({Relation.NONE})
        return relations_between(actor, record.author_id,
                                 self.team_ids.get(record.author_id or 0, frozenset()))

    def _take(self, story: _Story | None, actor: User, now: datetime,
              result: workflow.Step | workflow.Refused) -> _Story:
        """Apply a step as ``records.persist`` would, or refuse as the service would."""
        if not isinstance(result, workflow.Step):
            # The demo never works from a stale copy: any refusal is the service's own.
            assert not isinstance(result, workflow.Stale)
            raise record_service.refusal_error(result)
        record = result.record
        if story is None:
            story = _Story(replace(
                record, reference=repository.next_reference(self.session, now.year)))
        else:
            story.record = replace(record, version=story.record.version + 1)
        if result.review is not None:
            assert actor.id is not None
            story.reviews.append((actor.id, now, result.review.action, result.review.comment))
        if result.version is not None:
            story.versions.append((result.version, now, actor.id, result.reason,
                                   story.record))
        self._log(story, actor, result.event, now, result.details or None)
        return story

    def _log(self, story: _Story, actor: User, action: AuditAction, at: datetime,
             details: dict[str, Any] | None = None) -> None:
        details = dict(details or {})
        if action in CONTENT_EVENTS:  # the fingerprint trail.log gives the same event
            details.update(content_details(action, content_sha256(story.record),
                                           len(story.versions) or None))
        story.events.append(AuditEvent(
            sequence=0, at=at, user_id=actor.id, username=actor.username, action=action,
            reference=story.record.reference, details=details))

    # -- the steps -------------------------------------------------------------------------

    def _create(self, author: User, record: DecisionRecord, now: datetime) -> _Story:
        """``save_draft`` of a new record: a draft with the next reference."""
        return self._take(None, author, now, workflow.save(
            None, record, author, self._relations(author, None), self._context(now)))

    def _submit(self, story: _Story | None, author: User, typed: DecisionRecord) -> _Story:
        """``submit`` of a new record, or of a returned record the author has amended."""
        now = _clock()
        stored = story.record if story is not None else None
        if stored is not None:
            typed = replace(typed, version=stored.version)
        return self._take(story, author, now, workflow.submit(
            stored, typed, author, self._relations(author, stored), self._context(now)))

    def _complete(self, story: _Story | None, author: User, typed: DecisionRecord) -> _Story:
        """``mark_complete``: of a new (emergency) record, or an authorised one once shared."""
        now = _clock()
        stored = story.record if story is not None else None
        if stored is not None:
            typed = replace(typed, version=stored.version)
        return self._take(story, author, now, workflow.complete(
            stored, typed, author, self._relations(author, stored), self._context(now)))

    def _review(self, story: _Story, actor: User, action: Action, comment: str) -> None:
        """``services.review``: a manager's or the Guardian's decision, with its comment."""
        now = _clock()
        self._take(story, actor, now, workflow.review(
            action, story.record, actor, self._relations(actor, story.record), comment,
            self._context(now)))

    def _addendum(self, story: _Story, author: User, changed: DecisionRecord,
                  reason: str) -> None:
        """``add_addendum``: a correction to a locked record, kept as a new version."""
        now = _clock()
        self._take(story, author, now, workflow.addendum(
            story.record, changed, reason, author, self._relations(author, story.record),
            self._context(now)))

    # -- a journey, as _Workflow.run takes it ------------------------------------------------

    def run(self, fate: Fate, author: User, full: DecisionRecord,
            generator: _Generator) -> _Story:
        rng = self.rng
        manager = self.people.manager_of(author)
        if fate is Fate.DRAFT:
            return self._create(author, generator.draftify(full), _clock())
        if fate.emergency:
            story = self._complete(None, author, full)
            if fate is Fate.EMERGENCY_REVIEWED:
                self._review(story, manager, Action.REVIEW_EMERGENCY,
                             rng.choice(EMERGENCY_REVIEW_COMMENTS))
            return self._extras(story, author, full)
        story = self._submit(None, author, _before_sharing(full))
        if fate is Fate.SUBMITTED:
            return story
        if fate is Fate.ADVICE_REQUESTED or (fate is Fate.COMPLETED and rng.random() < 0.2):
            self._review(story, manager, Action.REQUEST_ADVICE,
                         rng.choice(ADVICE_REQUEST_COMMENTS))
            if fate is Fate.ADVICE_REQUESTED:
                return story
        if fate is Fate.DECLINED:
            self._review(story, manager, Action.DECLINE, rng.choice(DECLINE_COMMENTS))
            return self._extras(story, author, full)
        if fate in (Fate.RETURNED, Fate.RESUBMITTED):
            self._review(story, manager, Action.RETURN, rng.choice(RETURN_COMMENTS))
            if fate is Fate.RETURNED:
                return story
            returned = story.record
            self._submit(story, author, replace(
                returned, necessity=returned.necessity + rng.choice(AMENDMENTS)))
        self._review(story, manager, Action.AUTHORISE, rng.choice(AUTHORISE_COMMENTS))
        if fate is Fate.AUTHORISED:
            return self._extras(story, author, full)
        shared = replace(story.record, **{name: getattr(full, name) for name in AFTER_SHARING})
        self._complete(story, author, shared)
        return self._extras(story, author, full)

    def _extras(self, story: _Story, author: User, full: DecisionRecord) -> _Story:
        rng = self.rng
        if full.guardian_referred:
            self._review(story, self.people.guardian, Action.GUARDIAN_DECISION,
                         rng.choice(GUARDIAN_DECISIONS))
        if story.record.status is RecordStatus.COMPLETED and rng.random() < ADDENDUM_SHARE:
            name, value, reason = rng.choice(ADDENDA)
            if getattr(story.record, name) != value and _addendum_fits(story.record, name):
                self._addendum(story, author, replace(story.record, **{name: value}), reason)
        return story

    # -- writing -----------------------------------------------------------------------------

    def write(self, stories: Sequence[_Story]) -> None:
        """Each record in its final state, then its versions, reviews and audit events."""
        session = self.session
        events: list[AuditEvent] = []
        for story in stories:
            record_id = repository.insert_record(session, story.record)
            payloads: dict[int, str] = {}
            for kind, at, by, reason, snapshot in story.versions:
                payload = json.dumps(record_to_dict(replace(snapshot, id=record_id)),
                                     ensure_ascii=False)
                number = repository.add_version(session, record_id, kind, at, by, reason,
                                                payload)
                payloads[number] = payload
            for user_id, at, action, comment in story.reviews:
                repository.add_review(session, record_id, user_id, at, action, comment)
            # The events that kept a version get its payload's fingerprint, as trail.log
            # gives them, now that the payload (naming the record's id) is written.
            events += [replace(e, record_id=record_id, details=with_payload(e.details, payloads))
                       for e in story.events]
        audit_store.append_many(session, events)


def _clock() -> datetime:
    """Now, as the services stamp their writes."""
    return datetime.now(UTC)


def _team_ids(db: Database, people: DemoPeople) -> dict[int, frozenset[int]]:
    """Each demo account's teams, as ``relations`` looks them up per record."""
    with db.session() as session:
        return {user.id: frozenset(account_store.user_team_ids(session, user.id))
                for user in people.users.values() if user.id is not None}
