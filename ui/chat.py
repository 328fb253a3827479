"""The chat as Streamlit draws it: each question as plain text, each answer with its reading, body, source
chips (clickable: a figure's table or a section's passage opens under them), data notes, feedback and, under
the last answer, its follow-ups.

Every decision (what the reading says, which lines repeat, which notes touch the answer, which cells answer)
is made by a pure function in ``ui.text``, ``ui.figures``, ``ui.notes`` or ``ui.questions``; this module only
draws.
"""

from __future__ import annotations

import streamlit as st

from assistant import Answer, AssistantError, feedback
from assistant.export import escape_markdown
from ui import session, tables
from ui import text as T
from ui.catalogue import figure_info, section_title
from ui.figures import FigureView, citation_views, has_figure
from ui.notes import answer_notes
from ui.questions import alternatives, follow_ups


def queue(question: str) -> None:
    """Button callback: ask ``question`` on this run."""
    session.queue(st.session_state, question)


def save_feedback(turn_id: int) -> None:
    """st.feedback callback: store the rating with the question, answer and route."""
    ss = st.session_state
    score = ss.get(f"feedback-{turn_id}")
    turn = session.find_turn(ss, turn_id)
    if score is None or turn is None:
        return
    ans: Answer = turn["answer"]
    try:
        feedback.record(question=ans.question, answer=ans.answer, route=ans.route, score=int(score),
                        conversation_id=ss["conversation_id"], turn=turn_id)
        turn["feedback_error"] = None
    except AssistantError as e:  # FeedbackUnavailable: say so, keep chatting
        turn["feedback_error"] = str(e)


def show_view(view: FigureView, key: str, answered_first: bool = False) -> None:
    """A figure's table (HTML heat table, answering cells outlined), its legend and a CSV download."""
    st.markdown(f"**{escape_markdown(view.title)}**")
    st.html(tables.table_html(view, answered_first=answered_first))
    legend = tables.legend_text(view)
    if legend:
        st.caption(escape_markdown(f"Legend: {legend}"))
    st.download_button("Download CSV of these cells", view.csv(), file_name=f"figure-{view.key}.csv",
                       mime="text/csv", key=f"csv-{key}", icon=":material/download:")


def _show_figure(ans: Answer, chip: T.Chip, key: str) -> None:
    views: list[FigureView] = []
    for c in T.chip_citations(ans, chip):
        views += citation_views(ans, c)
    for i, view in enumerate(views[:3]):
        show_view(view, f"{key}-{i}", answered_first=True)
    if views or not chip.figure:
        return
    if not has_figure(chip.figure):
        st.caption(f"On {chip.label} of the report.")
        return
    info = figure_info(chip.figure)
    st.markdown(f"**{escape_markdown(info.title)}**")
    if info.notice:
        st.caption(info.notice)
    if info.description and info.description not in ans.answer:  # a figure question already quotes it
        st.markdown("> " + escape_markdown(info.description))
    elif info.has_view:
        st.caption("Open it in the Figures tab to see its whole table.")


def _show_section(ans: Answer, chip: T.Chip, key: str) -> None:
    with st.container(border=True, key=f"sources-{key}"):
        st.caption("Sources")
        passages = T.chip_passages(ans, chip)
        for p in passages:
            st.markdown(f"**{escape_markdown(T.passage_heading(p))}**")
            st.html(T.passage_html(p))
        if passages:
            return
        st.markdown(f"**{escape_markdown(section_title(chip.section or ''))}** · {escape_markdown(chip.label)}")
        for c in T.chip_citations(ans, chip):
            if c.quote:
                st.html(T.passage_html({"text": c.quote, "quotes": [{"text": c.quote}]}))


def show_sources(ans: Answer, tid: int) -> None:
    """One chip per source; the chip picked opens its figure view or passage below (a tool answer opens the
    first figure whose cells it read)."""
    chips = T.chips(ans)
    if not chips:
        return
    labels = [c.label for c in chips]
    default = next((c.label for c in chips if c.kind == "figure" and any(x.cells for x in T.chip_citations(ans, c))),
                   None) if ans.route == "tool" else None
    picked = st.pills("Sources", labels, default=default, key=f"chips-{tid}", label_visibility="collapsed")
    chip = next((c for c in chips if c.label == picked), None)
    if chip is None:
        return
    key = f"{tid}-{labels.index(chip.label)}"
    if chip.kind == "figure":
        _show_figure(ans, chip, key)
    elif chip.kind == "section":
        _show_section(ans, chip, key)
    else:
        st.caption(f"On {chip.label} of the report.")


def _question_buttons(questions: list[tuple[str, str, str | None]], key: str) -> None:
    """Buttons that ask a question, laid out in a wrapping row (labels are never cut)."""
    with st.container(horizontal=True, wrap=True, gap="small", key=key):
        for i, (label, question, tip) in enumerate(questions):
            st.button(label, key=f"{key}-{i}", help=tip, on_click=queue, args=(question,), width="content")


def show_answer(turn: dict, last: bool) -> None:
    """One answer: reading, alternatives, body, chips and their view, data notes, feedback, follow-ups."""
    ans: Answer = turn["answer"]
    tid = turn["id"]
    line = T.reading_markdown(ans)
    if line:
        st.caption(line)
    alts = alternatives(ans)
    if alts:
        st.caption(T.unsure_prompt(ans))
        _question_buttons([(a.reading, a.question, f"Asks: {a.question}") for a in alts], f"alt-{tid}")
    if ans.route == "refuse":
        (st.warning if T.is_warning(ans) else st.info)(escape_markdown(ans.answer))
    else:
        st.markdown(T.safe_markdown(T.answer_body(ans)))
    show_sources(ans, tid)
    notes = answer_notes(ans)
    if notes:
        with st.expander(f"Data notes ({len(notes)})", icon=":material/info:"):
            for note in notes:
                st.markdown(escape_markdown(note))
    st.feedback("thumbs", key=f"feedback-{tid}", on_change=save_feedback, args=(tid,))
    if turn.get("feedback_error"):
        st.warning(turn["feedback_error"])
    ups = follow_ups(ans) if last else []
    if ups:
        _question_buttons([(q, q, None) for q in ups], f"follow-{tid}")


def chat_tab() -> None:
    turns = st.session_state["turns"]
    if not turns:
        st.info("Ask about the report's mega trends, emerging industries, sub-trends, value-chain parameters "
                "and cooperation between European regions, or pick an example in the sidebar.")
    for n, turn in enumerate(turns):
        with st.chat_message("user"):
            st.text(turn["answer"].question or "(empty question)")
        with st.chat_message("assistant"):
            show_answer(turn, last=n == len(turns) - 1)


__all__ = ["chat_tab", "queue", "save_feedback", "show_answer", "show_sources", "show_view"]
