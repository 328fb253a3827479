"""The router's fallback: a nearest-neighbour classifier over labelled exemplar questions.

Used only where the cue rules are unsure (they found no plan). Each exemplar is a question with the label the
router gives it ("trends_for_industry", "list_items:mega_trends", "retrieval", "refuse"); a new question takes
the label of its nearest exemplars, embedded with the retrieval model, when they agree and are close enough.
The model is the one the retriever already loaded; nothing here imports torch itself.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

EXEMPLARS = Path(__file__).with_name("exemplars.jsonl")
K = 5
MIN_SIMILARITY = 0.62  # the nearest exemplar must be at least this close (cosine)
MIN_VOTES = 3  # of the K nearest


def load_exemplars(path: Path = EXEMPLARS) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


class Fallback:
    """kNN over the exemplars; ``embed`` maps texts to unit vectors (rows)."""

    def __init__(self, embed: Callable[[Sequence[str]], object], exemplars: list[dict] | None = None):
        self._embed = embed
        self._exemplars = exemplars if exemplars is not None else load_exemplars()
        self._matrix = None
        self._lock = threading.Lock()

    def _vectors(self):
        with self._lock:
            if self._matrix is None:
                import numpy as np

                self._matrix = np.asarray(self._embed([e["question"] for e in self._exemplars]), dtype="float32")
            return self._matrix

    def classify(self, question: str) -> tuple[str | None, float]:
        """(label, similarity of the nearest exemplar); label None when the neighbours disagree or are far."""
        import numpy as np

        m = self._vectors()
        q = np.asarray(self._embed([question]), dtype="float32")[0]
        sims = m @ q
        top = np.argsort(-sims)[:K]
        votes = Counter(self._exemplars[i]["label"] for i in top)
        label, n = votes.most_common(1)[0]
        best = float(sims[top[0]])
        if best < MIN_SIMILARITY or n < MIN_VOTES:
            return None, best
        return label, best


def build(questions: Path, out: Path = EXEMPLARS) -> int:
    """Label every single-turn question of a dev file by the router's own plan and write the exemplars."""
    from assistant.plan import Refuse, Retrieve, ToolPlan
    from assistant.router import route
    from assistant.state import State

    rows = []
    for line in questions.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        if case.get("turns") or case.get("category") == "bad_input":
            continue
        plan = route(case["question"], State())
        if isinstance(plan, ToolPlan):
            step = plan.steps[0]
            label = step.tool + (f":{step.args['name']}" if step.tool == "list_items" else "")
        elif isinstance(plan, Retrieve):
            label = "retrieval"
        elif isinstance(plan, Refuse) and plan.reason in ("out_of_scope", "unknown_name"):
            label = "refuse"
        else:
            continue
        rows.append({"question": case["question"], "label": label})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    import sys

    n = build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("tests/data/questions.jsonl"))
    print(f"wrote {n} exemplars to {EXEMPLARS}")
