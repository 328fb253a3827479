"""A conversation for follow-up tests: the earlier turns asked in one fresh State, then the question."""

from assistant.state import State


def converse(assistant, turns: list[str], question: str):
    """The last earlier turn's answer and the question's answer, asked in one conversation."""
    state = State()
    before = [assistant.ask(t, state=state) for t in turns][-1]
    return before, assistant.ask(question, state=state)
