"""Translation markers for text defined outside the UI.

The domain must not import Qt, yet its labels and messages are user-facing and a
Welsh translation will follow. ``QT_TRANSLATE_NOOP`` has the name Qt's ``lupdate``
looks for, so the strings are extracted into the translation files; the UI then
shows them through ``QCoreApplication.translate(context, text)``.

Errors that reach a person (``StorageError``, ``ServiceError``) carry a ``Message``:
the English template, marked with ``QT_TRANSLATE_NOOP("errors", ...)`` where it is
raised, and its values, so the UI and the command line can show it in Welsh.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

VOCAB = "vocab"
FIELDS = "fields"
RULES = "rules"
#: The context of the messages in errors a person reads (storage and services).
ERRORS = "errors"

#: ``QCoreApplication.translate`` in the app; ``identity`` (English) elsewhere.
Translate = Callable[[str, str], str]


def identity(context: str, text: str) -> str:
    """No translation: the English source text."""
    del context
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; only marks it for extraction in ``context``."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A sentence for a person, translated only when shown.

    ``source`` is the English template (``{name}`` placeholders), marked for
    extraction in ``context``; ``values`` fill it in. A value that is itself a
    ``Message`` (a reason inside a sentence) is translated too.
    """

    context: str
    source: str
    values: Mapping[str, object] = field(default_factory=dict)

    def text(self, translate: Translate = identity) -> str:
        template = translate(self.context, self.source)
        if not self.values:  # nothing to fill in: braces in it are plain text
            return template
        values = {name: value.text(translate) if isinstance(value, Message) else value
                  for name, value in self.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
            return self.source.format(**values)

    def __str__(self) -> str:
        return self.text()


class LowerCase(Message):
    """A label inside a sentence, in lower case ("is submitted and locked")."""

    def text(self, translate: Translate = identity) -> str:
        return super().text(translate).lower()


def message(context: str, source: str | Message, **values: object) -> Message:
    """``source`` as a ``Message`` (already one: kept as it is)."""
    if isinstance(source, Message):
        return source
    return Message(context, source, values)


class ExplainedError(Exception):
    """An error whose message a person reads: ``text(translate)`` gives it in their
    language, ``str(error)`` in English (logs never get it: it may name people).

    Raise it with a marked template and its values, for example
    ``NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no record {reference}."),
    reference=ref)``, or with a ``Message`` built elsewhere.
    """

    def __init__(self, source: str | Message = "", /, **values: object) -> None:
        self.message = message(ERRORS, source, **values)
        super().__init__(self.message.text())

    def text(self, translate: Translate = identity) -> str:
        return self.message.text(translate)
