"""Cluster Trends Assistant — the Streamlit UI: `streamlit run streamlit_app.py`.

A thin script over ``assistant``: every decision it shows (chips, tables, highlights, follow-ups, exports,
feedback) is made by a function in ``assistant/`` that the tests reach without Streamlit. The cached
Assistant holds no per-user state: the chat history lives in ``st.session_state``, and each browser session
talks to the Assistant under its own conversation id.
"""

from __future__ import annotations

import uuid

import streamlit as st

from assistant import Answer, Assistant, AssistantError, export, feedback
from assistant import ui_views as V

st.set_page_config(page_title="Cluster Trends Assistant", page_icon="🧭", layout="wide")


@st.cache_resource(show_spinner="Loading the report's tables…")
def load_assistant() -> Assistant:
    """One Assistant for every session (tables, model and index are shared; conversations are not)."""
    return Assistant.load(progress=V.relay_progress)


def open_index(assistant: Assistant) -> None:
    """Open the retrieval index once per session; the first run ever builds it, with a progress bar."""
    if st.session_state.get("index_checked"):
        return
    bar = st.progress(0.0, text="Opening the report's search index…")

    def show(done: int, total: int, msg: str) -> None:
        bar.progress(V.fraction(done, total), text=msg or "Building the report's search index…")

    try:
        with V.progress_to(show):
            assistant.retriever()
    except AssistantError as e:
        st.warning(f"Narrative questions are unavailable: {e}")
    bar.empty()
    st.session_state.index_checked = True


def queue(question: str) -> None:
    """Button callback: ask ``question`` on this run."""
    st.session_state.queued = question


def ask(assistant: Assistant, question: str) -> dict:
    try:
        ans = assistant.ask(question, st.session_state.conversation_id)
    except AssistantError as e:
        ans = Answer(route="refuse", answer=str(e), reason="error", error=str(e), question=question)
    turn = {"id": st.session_state.next_turn, "answer": ans}
    st.session_state.next_turn += 1
    st.session_state.turns.append(turn)
    return turn


def save_feedback(turn_id: int) -> None:
    """st.feedback callback: store the rating with the question, answer and route."""
    score = st.session_state.get(f"feedback-{turn_id}")
    turn = next(t for t in st.session_state.turns if t["id"] == turn_id)
    if score is None:
        return
    ans: Answer = turn["answer"]
    try:
        feedback.record(question=ans.question, answer=ans.answer, route=ans.route, score=int(score),
                        conversation_id=st.session_state.conversation_id, turn=turn_id)
        turn["feedback_error"] = None
    except AssistantError as e:  # FeedbackUnavailable: say so, keep chatting
        turn["feedback_error"] = str(e)


def show_view(view: V.FigureView, key: str) -> None:
    st.markdown(f"**{view.title}** :blue-badge[{view.chip}]")
    if view.kind == "cooperation":
        st.plotly_chart(view.heatmap(), key=f"chart-{key}", width="stretch")
    else:
        st.dataframe(view.styled(), width="stretch")
    if view.legend:
        st.caption("Legend: " + " · ".join(f"{symbol} = {words}" for symbol, words in view.legend))
    st.download_button("Download CSV of these cells", view.csv(), file_name=f"figure-{view.key}.csv",
                       mime="text/csv", key=f"csv-{key}")


def show_answer(turn: dict, last: bool) -> None:
    """One answer: text, chips, data notes, sources or figure views, feedback and (last only) follow-ups."""
    ans: Answer = turn["answer"]
    tid = turn["id"]
    if ans.route == "refuse":
        (st.warning if V.is_warning(ans) else st.info)(ans.answer)
    else:
        st.markdown(V.answer_body(ans))
    labels = V.chips(ans)
    if labels:
        st.markdown(V.chip_markdown(labels))
    for note in ans.notes:
        st.warning(f"Data note: {note}", icon="⚠️")
    if ans.route == "retrieval" and ans.passages:
        with st.expander("Sources", icon=":material/menu_book:"):
            for p in ans.passages:
                st.markdown(f"**{V.passage_heading(p)}**")
                st.markdown(V.passage_html(p), unsafe_allow_html=True)
    for i, view in enumerate(V.answer_views(ans)):
        show_view(view, f"{tid}-{i}")
    st.feedback("thumbs", key=f"feedback-{tid}", on_change=save_feedback, args=(tid,))
    if turn.get("feedback_error"):
        st.warning(turn["feedback_error"])
    if last:
        ups = V.follow_ups(ans)
        if ups:
            cols = st.columns(len(ups))
            for i, (col, q) in enumerate(zip(cols, ups, strict=True)):
                col.button(q, key=f"follow-{tid}-{i}", on_click=queue, args=(q,))


def chat_tab() -> None:
    turns = st.session_state.turns
    if not turns:
        st.info("Ask about the report's mega trends, emerging industries, sub-trends, value-chain parameters "
                "and cooperation between European regions, or pick an example in the sidebar.")
    for n, turn in enumerate(turns):
        with st.chat_message("user"):
            st.markdown(turn["answer"].question or "*(empty question)*")
        with st.chat_message("assistant"):
            show_answer(turn, last=n == len(turns) - 1)


def figures_tab() -> None:
    st.markdown("Every figure of the report. Figures whose data is in the text open as interactive tables; "
                "for image-only figures the report's own description is shown.")
    st.dataframe(V.figure_catalogue(), hide_index=True, width="stretch")
    keys = list(V.figure_catalogue()["Figure"])
    key = st.selectbox("Open a figure", keys, index=keys.index("3") if "3" in keys else 0,
                       format_func=lambda k: V.figure_info(k).title, key="figure-pick")
    info = V.figure_info(key)
    st.caption(f"In {info.section}")
    if info.has_view:
        industry = None
        if key == "7":
            industry = st.selectbox("Industry block", V.crossover_industries(), key="figure-7-industry")
        show_view(V.figure_view(key, industry=industry), f"fig-{key}")
    else:
        st.markdown(f"**{info.title}** :blue-badge[{info.chip}]")
        st.info(info.notice)
        if info.description:
            st.markdown(f"> {info.description}")


def notes_tab() -> None:
    st.markdown("Inconsistencies between the report's figures and text that the code found.")
    for note in V.data_notes():
        st.markdown(f"**{note.id} · {note.kind}** — {note.message}")
        st.markdown(V.chip_markdown(list(note.chips)))


def sidebar() -> None:
    with st.sidebar:
        st.header("What you can ask")
        for i, ex in enumerate(V.example_questions()):
            st.button(ex.question, key=f"example-{i}", help=f"{ex.kind} question", on_click=queue,
                      args=(ex.question,), width="stretch")
        st.divider()
        st.subheader("Keep and share")
        answers = [t["answer"] for t in st.session_state.turns]
        st.download_button("Conversation as Markdown", export.to_markdown(answers), file_name="conversation.md",
                           mime="text/markdown", key="export-md", disabled=not answers)
        st.download_button("Conversation as JSON", export.to_json(answers), file_name="conversation.json",
                           mime="application/json", key="export-json", disabled=not answers)
        st.button("New conversation", key="new-conversation", on_click=new_conversation)


def new_conversation() -> None:
    st.session_state.turns = []
    st.session_state.conversation_id = uuid.uuid4().hex


def main() -> None:
    ss = st.session_state
    ss.setdefault("turns", [])
    ss.setdefault("next_turn", 1)
    ss.setdefault("conversation_id", uuid.uuid4().hex)
    st.title("Cluster Trends Assistant")
    st.caption("Answers from the report *Cluster Internationalisation and Global Mega Trends*, with their "
               "figures, sections and pages.")
    assistant = load_assistant()
    open_index(assistant)
    typed = st.chat_input("Ask about mega trends, industries, sub-trends or regions…")
    pending = ss.pop("queued", None)
    if typed is not None:
        pending = typed
    if pending is not None:
        with st.spinner("Looking it up in the report…"):
            ask(assistant, pending)
    sidebar()
    chat, figures, notes = st.tabs(["Chat", "Figures", "Data notes"])
    with chat:
        chat_tab()
    with figures:
        figures_tab()
    with notes:
        notes_tab()


main()
