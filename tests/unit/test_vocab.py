"""The vocabularies: codes are stored, labels are shown, so both must be unambiguous."""

from __future__ import annotations

import pytest

from infoshare_desktop.domain.fields import FIELDS, Kind, Section
from infoshare_desktop.domain.vocab import ALL_VOCABULARIES, Vocab

VOCABS = [*ALL_VOCABULARIES, Section]


def _name(cls: type[Vocab]) -> str:
    return cls.__name__


@pytest.mark.parametrize("vocab", VOCABS, ids=_name)
def test_codes_are_unique_and_not_aliases(vocab: type[Vocab]) -> None:
    # A repeated code would silently make the second member an alias of the first.
    assert len(vocab.__members__) == len(list(vocab))
    codes = [m.value for m in vocab]
    assert len(set(codes)) == len(codes)
    assert all(code and code == code.strip() for code in codes)


@pytest.mark.parametrize("vocab", VOCABS, ids=_name)
def test_labels_are_unique_and_not_empty(vocab: type[Vocab]) -> None:
    labels = [m.label for m in vocab]
    assert all(label and label == label.strip() for label in labels)
    assert len(set(labels)) == len(labels)


@pytest.mark.parametrize("vocab", VOCABS, ids=_name)
def test_labels_never_contain_the_export_separator(vocab: type[Vocab]) -> None:
    # The CSV export joins several values with "; ", so a label must not contain it.
    assert not [m.label for m in vocab if ";" in m.label]


@pytest.mark.parametrize("vocab", VOCABS, ids=_name)
def test_from_label_round_trips(vocab: type[Vocab]) -> None:
    for member in vocab:
        assert vocab.from_label(member.label) is member
        assert vocab(member.value) is member
    with pytest.raises(ValueError):
        vocab.from_label("no such label")


def test_every_vocabulary_is_listed_once() -> None:
    assert len(set(ALL_VOCABULARIES)) == len(ALL_VOCABULARIES)
    for f in FIELDS:
        if f.vocab is not None:
            assert f.vocab in ALL_VOCABULARIES, f.name


def test_choice_fields_have_options_from_their_vocabulary() -> None:
    for f in FIELDS:
        if f.kind in (Kind.CHOICE, Kind.MULTI_CHOICE):
            assert f.vocab is not None, f.name
            assert f.options(), f.name
            assert all(isinstance(option, f.vocab) for option in f.options()), f.name


def test_field_names_and_labels_are_unique() -> None:
    names = [f.name for f in FIELDS]
    labels = [f.label for f in FIELDS]
    assert len(set(names)) == len(names)
    assert len(set(labels)) == len(labels)
