"""The Assistant: route a question, run the plan, answer with citations; state per conversation."""

from __future__ import annotations

import copy
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

import tools
from assistant import clean, render, topic
from assistant.answer import Answer, Citation
from assistant.answered import frame_of_plan
from assistant.argue import argues, both_sides
from assistant.askparts import parts
from assistant.claimed import asks_text, in_text
from assistant.completed import compiled
from assistant.coverage import coverage, known
from assistant.doubts import doubt
from assistant.elsewhere import as_sibling
from assistant.errors import AssistantError, IndexUnavailable
from assistant.execute import execute
from assistant.grain import below_grain
from assistant.incidental import acronym_names, incidental, judged_by, typed_name
from assistant.lastlist import guessed
from assistant.leaning import leaning_search, settled
from assistant.multipart import Remarked, answer_parts, combine, noted, remarked
from assistant.ordered import ordered
from assistant.past_table import past_table
from assistant.plan import Clarify, Recall, Refuse, Retrieve, ToolPlan
from assistant.reading import plan_reading
from assistant.references import in_reference
from assistant.replan import leaning_doubts, others, points_back, turned, turning
from assistant.router import MAX_CHARS, guard, route
from assistant.salient import salient, topic_words, typo
from assistant.scope import cue_read, missing_figure, scene_words, unverified, weighed
from assistant.sources import asks_source, recall
from assistant.spot import by_kind, spot
from assistant.state import State
from assistant.suggest import suggestions
from assistant.titled import passage_over_look_up
from assistant.toolgaps import tool_gap
from assistant.unbound import versioned
from assistant.understand import read
from assistant.understand.followup import leaning, opening
from assistant.understood import annotate, refusal_reading, unknown_terms
from assistant.unlisted import unlisted
from retrieval import vocab

Progress = Callable[[int, int, str], None]
log = logging.getLogger(__name__)
# a question that points at the report itself ("why does the report say…", "Figure 7") is answered with its
# best passage when that scores just under the out-of-scope threshold
NEAR_THRESHOLD = 0.08
# conversations kept by id (least recently used dropped first); callers that hold their own State pass it to ask()
MAX_CONVERSATIONS = 1000


class Assistant:
    """Answers questions about the report. Thread-safe; each conversation_id has its own state."""

    def __init__(self, progress: Progress | None = None, index_dir: str | None = None):
        self._states: OrderedDict[str, State] = OrderedDict()
        self._lock = threading.Lock()
        self._retriever = None
        self._retriever_lock = threading.RLock()
        self._progress = progress
        self._index_dir = index_dir

    @classmethod
    def load(cls, progress: Progress | None = None, index_dir: str | None = None) -> Assistant:
        """An assistant over the packaged tables; the retrieval index opens on the first narrative question."""
        return cls(progress=progress, index_dir=index_dir)

    # --- state ---------------------------------------------------------------------------------------------
    def _state(self, conversation_id: str | None) -> State:
        if conversation_id is None:
            return State()
        with self._lock:
            state = self._states.pop(conversation_id, None) or State()
            self._states[conversation_id] = state
            while len(self._states) > MAX_CONVERSATIONS:
                self._states.popitem(last=False)
            return state

    def reset(self, conversation_id: str) -> None:
        with self._lock:
            self._states.pop(conversation_id, None)

    # --- retrieval -----------------------------------------------------------------------------------------
    def retriever(self):
        """The retrieval index, opened once (built if missing, reporting progress)."""
        with self._retriever_lock:
            if self._retriever is None:
                from retrieval import RetrievalError, Retriever

                try:
                    self._retriever = Retriever.open(self._index_dir, progress=self._progress or True)
                except RetrievalError as e:
                    raise IndexUnavailable(str(e)) from e
            return self._retriever

    # --- answering -----------------------------------------------------------------------------------------
    def ask(self, question: str, conversation_id: str | None = None, state: State | None = None) -> Answer:
        """Answer one question. Never raises for bad input: refusals and tool errors come back as Answers.

        Args:
            question: the user's words.
            conversation_id: keeps follow-up context between calls (bounded: the oldest conversations are dropped).
            state: the conversation's State held by the caller (the UI keeps it per browser session); wins over
                ``conversation_id``.
        """
        question = clean.question(question)  # bounded and cleaned once, before anything else runs
        state = state if state is not None else self._state(conversation_id)
        rest, said = opening(question)
        if said == "switch":  # "ok moving on. how many …, and what's …": the whole message starts afresh
            vars(state).update(vars(State(turns=state.turns)))
        split = parts(rest if said == "switch" else question) if len(question) <= MAX_CHARS else ()
        if len(split) > 1:  # two questions in one message: each answered, the later leaning on the earlier
            scratch = copy.deepcopy(state)
            ans = combine(split, answer_parts(split, lambda q: self._ask_one(q, scratch)))
            if ans is not None:
                vars(state).update(vars(scratch))
                ans.question = question
                return ans
        said_too = remarked(question) if len(split) == 1 else None  # "is X one too? fig 3 has a dot there"
        return self._remarked(said_too, question, state) if said_too else self._ask_one(question, state)

    def _remarked(self, said: Remarked, question: str, state: State) -> Answer:
        """The question of "<question>? <remark>" answered on its own (the remark named, the answer unsure); the
        whole message as one question when its question alone finds no answer."""
        scratch = copy.deepcopy(state)
        ans = self._ask_one(said.question, scratch)
        if ans.route == "refuse" or not said.heard(ans):  # "how strong is it? the region is X": X is the subject
            return self._ask_one(question, state)
        vars(state).update(vars(scratch))
        return noted(ans, said, question)

    def _ask_one(self, question: str, state: State) -> Answer:
        """One question: "but the text says …" after a table answer gets both sides, any other the pipeline."""
        asked, said = opening(question)
        if said != "switch" and state.last_answer is not None and asks_text(asked):  # "does the conclusion agree"
            try:
                ans = in_text(asked, state, self.retriever().sentences)  # assistant.claimed, assistant.agrees
            except AssistantError:  # the index is unavailable: the pipeline says so as for any question
                ans = None
            if ans is not None:
                ans.question, ans.suggestions = question, suggestions(ans)
                state.turns, state.last_answer, state.last_citations = state.turns + 1, ans, list(ans.citations)
                return ans
        if said != "switch" and state.last_plan is not None and argues(read(asked), state):
            return self._both_sides(question, state)
        return self._pipeline(question, state)

    def _pipeline(self, question: str, state: State) -> Answer:
        """One question through the pipeline: read, complete from the conversation, plan, run, say how."""
        asked, said = opening(question)  # "new question: …" reads the rest with no context; "no, I meant …" leans
        context = State() if said == "switch" else state
        try:
            frame = leaning(read(asked)) if said == "correction" else read(asked)
            frame = as_sibling(frame, context)  # "and in the consolidated one?": that table, not "one of those"
            cov = coverage(frame, asked)
            # "list them": the last answer again, however few English words it has
            back = points_back(frame, context) or turned(frame, context)  # "and vice versa?": nothing unknown
            if back and cov.unknown:  # "the reverse?": the turning words are read by the plan turned round
                cov = replace(cov, unknown=tuple(w for w in cov.unknown if not turning(w)))
            source = asks_source(frame) and context.last_citations  # "page?", "pg number?": never a foreign word
            done, plan = frame, None if back or source else \
                guard(asked) or unknown_terms(frame, cov, asked, judged_by(self._index_dir))
            if plan is None:
                done, plan = compiled(frame, context)
            plan = others(frame, plan or route(asked, context), context)  # "which other countries …"
            plan = below_grain(frame, plan, context) or past_table(frame, plan, context, cov) or plan  # thin11
            order = ordered(frame, context)  # "in what order do they come" after a turn about services: that list
            plan = order or plan
            about = None if order else topic.narrative_followup(frame, asked, plan, context)  # "why is that?"
            plan, ans, about = self._leaning_search(plan, about, frame, asked, state) if about else \
                self._read_run(plan, frame, asked, state, cov)
            plan, ans, about = self._thin(plan, ans, about, frame, asked, context, cov) if context is state else \
                (plan, ans, about)
            ans = self._settled(plan, ans, asked, context)  # "and when did it launch"
            ans = unlisted(ans, frame, cov, context)  # "and egypt?" after a country's region: not in that table
            doubt(ans, plan, frame, state)
            leaning_doubts(ans, plan, frame, context)  # built on an unsure answer; the last answer again
            other = guessed(frame, plan, state)
            if other is not None and ans.route == "tool":  # "which ones …": the last answer's or any
                ans.sure, ans.alternatives = False, [other]
            annotate(ans, plan, frame, cov, done)
            if ans.route == "tool" and isinstance(plan, ToolPlan):
                state.last_frame = frame_of_plan(done, plan.steps)
            elif ans.route == "retrieval" and topic.named(done):  # the subject of a narrative answer is context too
                state.last_frame = topic.kept_names(done, state.last_frame)
            elif ans.route == "refuse" and done.names and context is state:  # "what has crowd funding to do with
                state.last_frame = done  # it" refused: "that trend" next is the one it named
            state.topic = topic.topic_of(ans, frame, asked, state, about is not None)
        except tools.ToolError as e:
            ans = render.refusal(str(e), _reason(e), _suggest_for(e))
            if ans.reason == "not_in_matrix":  # "why" next: the table does not hold it, the text may say why
                state.topic = topic.asked_words(asked)
        except AssistantError as e:
            ans = Answer(route="refuse", answer=str(e), reason="unavailable", error=str(e))
        except Exception as e:  # noqa: BLE001 - a question must never crash the chat; tests require error is None
            log.exception("answering %r failed", question[:200])
            ans = Answer(route="refuse", answer="Sorry, I could not answer that question. Please rephrase it.",
                         reason="internal_error", error=f"{type(e).__name__}: {e}")
        ans.question = question
        if not ans.reading:  # a tool's own refusal (an unknown name) or a fault: still say how it was read
            ans.reading = refusal_reading(ans)
        if not ans.suggestions:
            ans.suggestions = suggestions(ans)
        state.turns += 1
        if ans.route != "refuse" or ans.reason == "recall":
            state.last_answer = ans
            if ans.citations:
                state.last_citations = list(ans.citations)
        return ans

    def _run(self, plan, question: str, state: State) -> Answer:
        if isinstance(plan, Refuse):
            msg = plan.message
            if plan.reason in ("out_of_scope",):
                msg += " " + render.covers()
            return render.refusal(msg, plan.reason, plan.suggestions)
        if isinstance(plan, Clarify):
            return render.refusal(plan.message, "clarify", plan.options)
        if isinstance(plan, Recall):
            return recall(state)
        if isinstance(plan, Retrieve):
            return self._retrieve(plan.query, state)
        if isinstance(plan, ToolPlan):
            result = execute(plan)
            gap = tool_gap(question, plan, result)  # scope6: the figure does not hold what is asked
            if gap is not None:
                return gap
            if result.value is None and len(result.items) == 1 and isinstance(result.items[0], str) and \
                    re.search(r"\b(which|what|the single|the only|only) ([\w-]+ ){0,3}(mega trend|trend|industry|region|sub-trend|"
                              r"subtrend|parameter|key area|partner|one)\b(?!s)", question.lower()):
                result = replace(result, value=result.items[0])
            if result.tool == "crossover_grade" and result.value is None and result.count == 0:
                return render.refusal(result.title + ". " + " ".join(n.message for n in result.notes), "not_in_matrix")
            ans = render.tool_answer(result, plan.reading)
            ans.reading = plan_reading(plan, result.title)
            _cite_kept(ans, plan, state)
            self._remember(plan, result, question, state)
            return ans
        raise TypeError(f"unknown plan {plan!r}")  # pragma: no cover - the Plan type is closed

    def _read_run(self, plan, frame, asked: str, state: State, cov):
        """The plan run; a list look-up that leaves the question's topic words unread gives way to the passage that
        holds them (assistant.titled.passage_over_look_up). Returns (plan, answer, None)."""
        ans = self._run(plan, asked, state)
        if isinstance(plan, ToolPlan) and ans.route == "tool":
            about = Retrieve(asked, sure=False)
            text = passage_over_look_up(ans, plan, frame, cov, lambda: self._run(about, asked, state))
            if text is not None:
                return about, text, None
        return plan, ans, None

    def _leaning_search(self, plan, about: Retrieve, frame, asked: str, state: State):
        """A narrative follow-up searched on its own words or with the subject before (assistant.leaning)."""
        return leaning_search(lambda p: self._run(p, asked, state), plan, about, frame, asked, state,
                              self.retriever().sentences)

    def _both_sides(self, question: str, state: State) -> Answer:
        """The last table answer again and the passage the question's words find, one unsure answer."""
        table = self._run(state.last_plan, question, state)
        table.reading = state.last_answer.reading
        try:
            text = self._retrieve(question, state)
        except AssistantError:  # the index is unavailable: the figure's side still stands
            text = Answer(route="refuse", answer="")
        ans = both_sides(table, text)
        ans.question, ans.suggestions = question, suggestions(ans)
        state.turns += 1
        return ans

    def _thin(self, plan, ans: Answer, about, frame, asked: str, state: State, cov):
        """A thin follow-up refused ("which 4 were green"): searched with the turn before's subject if it was not
        yet; still nothing, and no word of it is foreign to the report: Clarify from the turn before, never a
        refusal that names its function words. Returns (plan, answer, the search used or None)."""
        if ans.reason != "out_of_scope" or not topic.thin(frame) or not state.topic or state.last_answer is None:
            return plan, ans, about
        if about is None:
            about = topic.about_topic(asked, state)
            ans = self._run(about, asked, state)
            ans.sure, ans.inherited, plan = False, state.topic, about
        if ans.route == "refuse" and not cov.unknown:
            plan = topic.unfinished(asked, state)
            ans = self._run(plan, asked, state)
        return plan, ans, about

    def _settled(self, plan, ans: Answer, asked: str, state: State) -> Answer:
        """A passage answer to a follow-up, checked against the passage answer before (assistant.leaning.settled)."""
        if isinstance(plan, Retrieve) and state.last_answer is not None and ans.route == "retrieval":
            return settled(asked, ans, state.last_answer, self.retriever().sentences)
        return ans

    def _retrieve(self, query: str, state: State) -> Answer:
        retriever = self.retriever()
        query = vocab.as_written(query)  # "Skåne": a name the report writes without its accent
        from retrieval.roles import asked_for  # a word asking for a part of the report ("chart", "footnote")

        # the report's vocabulary decides first: a word counts as unknown only when coverage does not know it either
        # (users' abbreviations of the report's words, typos and asking words are not unknown subjects)
        scene = scene_words(query)  # "my client makes X. what …": the first sentence only sets the scene
        unknown = [w for w in retriever.unknown_terms(query) if (not known(w.lower()) or typed_name(w)) and not typo(w)
                   and not asked_for(w) and not cue_read(query, w)  # "a blank cell": a figure's part, read by the plan
                   and not _SOURCE_WORD.fullmatch(w)  # "which page": where the answer is, not what it is about
                   and not in_reference(query, w)  # "on p38", "in ch 3": where to look
                   and w.lower() not in scene]
        aside = incidental(retriever.embedder, query, unknown)  # "mentioned somewhere": the meaning stays without it
        unknown = [w for w in unknown if w not in aside] + versioned(query)  # "industry 4.0": a name never written
        unknown += acronym_names(query, unknown)  # "generative AI": a word the report never writes names the acronym
        counted = weighed(query, unknown)
        res = retriever.search(query, k=5, unknown=counted, weigh=salient(query, counted))
        topics = topic_words(query, unknown)
        if topics:  # what the question is about is a word the report never uses
            return render.not_covered(replace(res, unknown_terms=topics))
        names_the_report = re.search(r"\b(fig(?:ure|\.)? ?\d+|section \d)|§", query.lower())  # "fig 7" too
        near = res.best_score >= getattr(res, "threshold", res.best_score) - NEAR_THRESHOLD
        if (not res.in_scope and not (names_the_report and near)) or not res.quotes:
            return render.not_covered(res)
        return missing_figure(res) or unverified(res, retriever.sentences) or render.retrieval_answer(res)

    def _remember(self, plan: ToolPlan, result, question: str, state: State) -> None:
        state.answered(plan)
        state.last_items = list(result.items)
        mentions = spot(question)
        for kind in ("industry", "trend", "subtrend", "parameter", "region", "country"):
            names = by_kind(mentions, kind)
            for s in plan.steps:
                for key in (kind, f"{kind}_a", f"{kind}_b"):
                    v = s.args.get(key)
                    if isinstance(v, str) and v not in names:
                        names.append(v)
            if names:
                state.remember(kind, names)
        if result.tool == "region_of" and result.value:
            state.remember("region", [result.value])


# a word asking where an answer is in the report
_SOURCE_WORD = re.compile(r"pages?|pp?|sections?|chapters?|sources?|paragraphs?", re.IGNORECASE)


def _cite_kept(ans: Answer, plan: ToolPlan, state: State) -> None:
    """An answer kept to the last answer's items ("only the ones that also go downstream") rests on that answer's
    figure too: its sources are cited after the answer's own."""
    last = state.last_answer
    names = {n for s in plan.steps if s.tool == "restrict" for n in s.args.get("names", ())}
    if last is None or last.route != "tool" or not names or not names <= {i for i in state.last_items if isinstance(i, str)}:
        return
    ans.citations += [c for c in last.citations if c not in ans.citations]


def _reason(e) -> str:
    name = type(e).__name__
    return {"UnknownName": "unknown_name", "AmbiguousName": "clarify", "NotInMatrix": "not_in_matrix"}.get(name, "tool_error")


def _suggest_for(e) -> tuple[str, ...]:
    cands = getattr(e, "candidates", None) or getattr(e, "nearest", None) or []
    return tuple(cands[:3])


__all__ = ["Answer", "Assistant", "Citation"]
