"""The assistant: routing, dialogue state and cited answers over the tools and the retrieval index."""

from assistant.answer import Answer, Citation
from assistant.core import Assistant
from assistant.errors import AssistantError, FeedbackUnavailable, IndexUnavailable

__all__ = ["Answer", "Assistant", "AssistantError", "Citation", "FeedbackUnavailable", "IndexUnavailable"]
