"""Translation markers for text defined outside the UI.

The domain must not import Qt, yet its labels and messages are user-facing and a
Welsh translation will follow. ``QT_TRANSLATE_NOOP`` has the name Qt's ``lupdate``
looks for, so the strings are extracted into the translation files; the UI then
shows them through ``QCoreApplication.translate(context, text)``.
"""

VOCAB = "vocab"
FIELDS = "fields"
RULES = "rules"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; only marks it for extraction in ``context``."""
    del context
    return text
