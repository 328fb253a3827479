"""The assistant's errors. The UI catches only AssistantError and shows its message as a sentence."""


class AssistantError(Exception):
    """Base class: something the user should read as a sentence, not a traceback."""


class IndexUnavailable(AssistantError):
    """The retrieval index cannot be opened (message says how to rebuild it)."""


class FeedbackUnavailable(AssistantError):
    """Feedback cannot be stored (read-only or missing data directory)."""
