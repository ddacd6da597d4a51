"""Every error a person reads can be shown in Welsh.

Storage and service errors (``domain.i18n.ExplainedError``) must be raised with a
template marked for translation, never with a ready-made English sentence: an
f-string or a joined text cannot be translated. This walks the source of every
module and checks each ``raise`` of such an error.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import infoshare_desktop
from infoshare_desktop.domain.i18n import ExplainedError, Message, identity, message

PACKAGE = Path(infoshare_desktop.__file__).parent


def _modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE)], "infoshare_desktop."):
        if ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return names


def _explained(module: object, node: ast.expr) -> type[ExplainedError] | None:
    """The error class a ``raise`` names, if it is one a person reads."""
    target: object = None
    if isinstance(node, ast.Name):
        target = getattr(module, node.id, None)
    elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        target = getattr(getattr(module, node.value.id, None), node.attr, None)
    if inspect.isclass(target) and issubclass(target, ExplainedError):
        return target
    return None


def _marked(argument: ast.expr) -> bool:
    """A template marked for extraction, a named message constant, or a Message."""
    if isinstance(argument, ast.Call):
        called = argument.func
        name = called.id if isinstance(called, ast.Name) else getattr(called, "attr", "")
        return name in {"QT_TRANSLATE_NOOP", "Message", "message"}
    if isinstance(argument, ast.Name):
        return argument.id.startswith("MSG_")
    if isinstance(argument, ast.Attribute):  # another error's or a refusal's Message
        return argument.attr.startswith("MSG_") or argument.attr in {"message", "explained"}
    return False


def _unmarked_raises() -> list[str]:
    found = []
    for name in _modules():
        module = importlib.import_module(name)
        path = Path(inspect.getfile(module))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            kind = _explained(module, node.exc.func)
            if kind is None or kind.__init__ is not ExplainedError.__init__:
                continue  # not read by a person, or builds its own message (problems)
            arguments = node.exc.args
            if arguments and not _marked(arguments[0]):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {kind.__name__}")
    return found


def test_every_error_a_person_reads_is_raised_with_a_translatable_message() -> None:
    assert _unmarked_raises() == []


def test_the_check_itself_finds_an_unmarked_error(tmp_path: Path) -> None:
    """The walk above is not vacuous: it does see raises of these errors."""
    source = 'raise StorageError(f"Cannot open {path}")'
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
    from infoshare_desktop.storage import errors
    assert _explained(errors, node.exc.func) is errors.StorageError
    assert not _marked(node.exc.args[0])
    marked = ast.parse('f(QT_TRANSLATE_NOOP("errors", "Cannot open {path}"))').body[0]
    assert isinstance(marked, ast.Expr) and isinstance(marked.value, ast.Call)
    assert _marked(marked.value.args[0])


def test_a_message_is_translated_with_its_values_and_survives_a_bad_translation() -> None:
    def welsh(context: str, text: str) -> str:
        return {"Cannot open {name}. {reason}": "Methu agor {name}. {reason}",
                "The disk is full.": "Mae'r ddisg yn llawn.",
                "Broken {nam}": "Wedi torri {nam"}.get(text, text)

    reason = Message("errors", "The disk is full.")
    error = ExplainedError("Cannot open {name}. {reason}", name="log{1}.db", reason=reason)
    assert str(error) == "Cannot open log{1}.db. The disk is full."
    assert error.text(welsh) == "Methu agor log{1}.db. Mae'r ddisg yn llawn."
    assert error.text(identity) == str(error)
    # A translator's slip in a placeholder falls back to English, never an exception.
    assert message("errors", "Broken {nam}", nam="x").text(welsh) == "Broken x"
    # Plain text with braces and no values is left alone.
    assert ExplainedError("Keep {this}").text() == "Keep {this}"
