"""The page: the shared (cached) Assistant and index warm-up, the sidebar, and the Chat, Figures and Data notes
tabs. ``streamlit_app.py`` calls :func:`main`.

Only read-only, shared things are cached (the Assistant's tables, model and index handle, and the warm-up
that opens the index); each browser session's conversation lives in ``st.session_state`` (``ui.session``).
"""

from __future__ import annotations

import streamlit as st

from assistant import Assistant, export
from assistant.export import escape_markdown
from ui import chat, session, tables
from ui.catalogue import figure_catalogue, figure_info
from ui.figures import crossover_industries, figure_view
from ui.notes import data_notes
from ui.progress import Warmup, open_and_warm
from ui.questions import example_questions
from ui.text import chip_markdown


@st.cache_resource(show_spinner="Loading the report's tables…")
def shared() -> tuple[Assistant, Warmup]:
    """One Assistant for every session, and the warm-up that opens its index in the background at start."""
    assistant: Assistant | None = None
    warmup = Warmup(lambda: open_and_warm(assistant))
    assistant = Assistant.load(progress=warmup.report)
    warmup.start()
    return assistant, warmup


def index_status(warmup: Warmup) -> None:
    """While the index opens (or builds, on a fresh checkout), a progress bar that refreshes itself each second
    and is gone once the index is open (the refreshing stops at the session's next run)."""
    status = warmup.status()
    if status.error:
        st.warning(f"Narrative questions are unavailable: {status.error}")
    if status.done:
        return

    @st.fragment(run_every=1.0)
    def bar() -> None:
        # never st.rerun() here: a full rerun started by a fragment replays the chat input's last question
        now = warmup.status()
        if now.error:
            st.warning(f"Narrative questions are unavailable: {now.error}")
        elif not now.done:
            st.progress(now.fraction, text=now.message)

    bar()


def figures_tab() -> None:
    st.markdown("Every figure of the report. Figures whose data is in the text open as tables; for image-only "
                "figures the report's own description is shown.")
    catalogue = figure_catalogue()
    st.dataframe(catalogue, hide_index=True, width="stretch")
    keys = list(catalogue["Figure"])
    key = st.selectbox("Open a figure", keys, index=keys.index("3") if "3" in keys else 0,
                       format_func=lambda k: figure_info(k).title, key="figure-pick")
    info = figure_info(key)
    st.caption(f"In {info.section}")
    if info.has_view:
        industry = None
        if key == "7":
            industry = st.selectbox("Industry block", crossover_industries(), key="figure-7-industry")
        view = figure_view(key, industry=industry)
        if view is not None:
            chat.show_view(view, f"fig-{key}")
        return
    st.markdown(f"**{escape_markdown(info.title)}** :blue-badge[{info.chip}]")
    st.info(info.notice)
    if info.description:
        st.markdown("> " + escape_markdown(info.description))


def notes_tab() -> None:
    st.markdown("Inconsistencies between the report's figures and text that the code found.")
    for note in data_notes():
        st.markdown(f"**{note.id} · {note.kind}** — {escape_markdown(note.message)}")
        st.markdown(chip_markdown(list(note.chips)))


def new_conversation() -> None:
    session.new_conversation(st.session_state)


def sidebar() -> None:
    with st.sidebar:
        st.header("What you can ask")
        for i, ex in enumerate(example_questions()):
            st.caption(ex.user)
            st.button(ex.question, key=f"example-{i}", on_click=chat.queue, args=(ex.question,), width="stretch")
        st.divider()
        st.subheader("Keep and share")
        answers = [t["answer"] for t in st.session_state["turns"]]
        st.download_button("Conversation as Markdown", export.to_markdown(answers), file_name="conversation.md",
                           mime="text/markdown", key="export-md", disabled=not answers)
        st.download_button("Conversation as JSON", export.to_json(answers), file_name="conversation.json",
                           mime="application/json", key="export-json", disabled=not answers)
        st.button("New conversation", key="new-conversation", on_click=new_conversation,
                  icon=":material/restart_alt:")


def main() -> None:
    ss = st.session_state
    session.start(ss)
    st.html(tables.CSS)
    st.title("Cluster Trends Assistant")
    st.caption("Answers from the report *Cluster Internationalisation and Global Mega Trends*, with their "
               "figures, sections and pages.")
    assistant, warmup = shared()
    # fixed slots: the page keeps the same shape whether or not the index is still opening or a question is
    # being answered, so the browser never shows the previous run's messages next to this run's
    with st.container():
        index_status(warmup)
    working = st.container()
    typed = st.chat_input("Ask about mega trends, industries, sub-trends or regions…",
                          max_chars=session.MAX_QUESTION_CHARS)
    pending = session.take_question(ss, typed)
    if pending is not None:
        with working, st.spinner("Looking it up in the report…"):
            session.ask(assistant, ss, pending)
    sidebar()
    chat_pane, figures_pane, notes_pane = st.tabs(["Chat", "Figures", "Data notes"])
    with chat_pane:
        chat.chat_tab()
    with figures_pane:
        figures_tab()
    with notes_pane:
        notes_tab()


__all__ = ["main", "shared"]
