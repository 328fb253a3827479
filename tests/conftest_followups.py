"""An Assistant over the shared session index, for follow-up tests that converse (conftest_retrieval builds it)."""

import pytest
from conftest_retrieval import index_dir  # noqa: F401 - the fixture this one needs, imported with it


@pytest.fixture(scope="module", name="assistant")
def assistant_fixture(index_dir):  # noqa: F811
    from assistant.core import Assistant

    return Assistant.load(index_dir=str(index_dir))
