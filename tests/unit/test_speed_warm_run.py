"""The benchmark's warm run starts with no memo of any text, only the models loaded."""

from benchmarks import speed

from newsbrief import concepts, segment, text


def test_warm_run_forgets_every_text_but_keeps_the_models() -> None:
    text.sentence_words("The mayor said the bridge would reopen on Monday.")
    text.stem("reopening")
    text.stem_of("reopening")
    segment._paragraph_spans("One sentence. Another one here.")
    model = segment._model()
    assert text.stem.cache_info().currsize > 0
    speed._clear_text_memos()
    for memo in (text.sentence_words, text.stem, segment._paragraph_spans, concepts._units):
        assert memo.cache_info().currsize == 0
    assert not text._STEMS  # the selector's stem memo too
    assert segment._model() is model  # the Punkt model is not rebuilt
