"""The Streamlit UI's helpers: what an answer shows (``text``, ``questions``, ``notes``), figure tables
(``figures``, ``tables``, ``catalogue``), the session's conversation (``session``), index warm-up
(``progress``), and the Streamlit drawing itself (``chat``, ``app``).

The layers below (``assistant``, ``tools``, ``retrieval``, ``structured``, ``corpus``) never import this package.
"""
