"""Ids and furniture keys are the digests they always were: the built-in SHA-1 and
BLAKE2b newsbrief uses (no OpenSSL at start-up) give hashlib's bytes."""

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.digest import blake2b_hex, sha1_hex
from newsbrief.furniture import sentence_key
from newsbrief.model import stable_id


@given(st.binary(max_size=300))
def test_digests_are_hashlibs(data: bytes) -> None:
    assert sha1_hex(data) == hashlib.sha1(data).hexdigest()
    assert blake2b_hex(data, 8) == hashlib.blake2b(data, digest_size=8).hexdigest()


@given(st.lists(st.text(max_size=20), min_size=1, max_size=4))
def test_story_ids_and_sentence_keys_keep_their_values(parts: list[str]) -> None:
    expected_id = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    assert stable_id(*parts) == expected_id
    norm = " ".join(parts[0].lower().split()).encode("utf-8")
    assert sentence_key(parts[0]) == hashlib.blake2b(norm, digest_size=8).hexdigest()
