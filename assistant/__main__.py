"""Command line: ask, chat, eval, batch, feedback export.

    python -m assistant ask [--json] "Which mega trends drive Logistical Services?"
    python -m assistant chat
    python -m assistant eval tests/data/questions.jsonl [--json]
    python -m assistant batch < questions.jsonl
    python -m assistant feedback export [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys


def _assistant():
    from assistant import Assistant

    return Assistant.load(progress=_progress)


def _progress(done: int, total: int, msg: str = "") -> None:
    print(f"\r{msg} {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def _print_answer(ans) -> None:
    print(ans.answer)
    if ans.suggestions:
        print("\nYou could ask: " + " · ".join(ans.suggestions))


def cmd_ask(args) -> int:
    ans = _assistant().ask(args.question)
    if args.json:
        print(json.dumps(ans.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_answer(ans)
    return 0


def cmd_chat(args) -> int:
    a = _assistant()
    print("Cluster Trends Assistant. Ask about the report; an empty line or Ctrl-D ends.")
    while True:
        try:
            q = input("\n? ")
        except EOFError:
            break
        if not q.strip():
            break
        _print_answer(a.ask(q, conversation_id="cli"))
    return 0


def cmd_eval(args) -> int:
    from assistant.evaluate import THRESHOLDS, evaluate, load_questions

    report = evaluate(_assistant(), load_questions(args.file))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for cat, r in report["categories"].items():
            print(f"{cat:<12} {r['correct']:>4}/{r['total']:<4} {r['accuracy']:.1%}  wrong-yet-sure {r['wrong_sure']:>3} "
                  f"({r['wrong_sure_rate']:.1%})  (threshold {THRESHOLDS.get(cat, 0):.0%})")
        n = report["total"] or 1
        print(f"{'all':<12} {report['correct']:>4}/{report['total']:<4} {report['correct'] / n:.1%}  wrong-yet-sure "
              f"{report['wrong_sure']:>3} ({report['wrong_sure'] / n:.1%})")
        for f in report["failures"]:
            mark = "✗!" if f["sure"] else "✗?"
            print(f"  {mark} {f['id']} [{f['category']}] {f['question'][:80]}: {'; '.join(f['problems'])}")
    below = [c for c, r in report["categories"].items() if r["accuracy"] < THRESHOLDS.get(c, 0)]
    return 1 if below and args.strict else 0


def cmd_batch(args) -> int:
    a = _assistant()
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        out = {"id": None}
        try:
            item = json.loads(line)
            out["id"] = item.get("id")
            if "turns" in item:
                turns = [str(t) for t in item["turns"]]
                if not turns:
                    raise ValueError("turns is empty")
                cid = f"batch-{n}"
                for t in turns[:-1]:
                    a.ask(t, conversation_id=cid)
                ans = a.ask(turns[-1], conversation_id=cid)
            else:
                ans = a.ask(str(item["question"]))
            out.update(ans.to_dict())
        except Exception as e:  # noqa: BLE001 - one bad line must never stop the batch
            out.update({"route": "refuse", "answer": "This line could not be answered.", "items": [], "value": None,
                        "count": None, "groups": {}, "citations": [], "notes": [], "tool": None, "args": {},
                        "error": f"{type(e).__name__}: {e}"})
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


def cmd_feedback(args) -> int:
    from assistant import feedback

    out = open(args.out, "w", newline="", encoding="utf-8") if args.out else sys.stdout
    try:
        n = feedback.export_csv(out)
    finally:
        if args.out:
            out.close()
    print(f"exported {n} feedback rows", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m assistant", description="Cluster Trends Assistant")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("ask", help="answer one question")
    p.add_argument("--json", action="store_true")
    p.add_argument("question")
    p.set_defaults(fn=cmd_ask)
    p = sub.add_parser("chat", help="a conversation in the terminal")
    p.set_defaults(fn=cmd_chat)
    p = sub.add_parser("eval", help="score a JSONL question file")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.add_argument("--strict", action="store_true", help="exit 1 if a category is below its threshold")
    p.set_defaults(fn=cmd_eval)
    p = sub.add_parser("batch", help="JSON lines in, JSON lines out")
    p.set_defaults(fn=cmd_batch)
    p = sub.add_parser("feedback", help="feedback storage")
    p.add_argument("action", choices=["export"])
    p.add_argument("--out")
    p.set_defaults(fn=cmd_feedback)
    args = ap.parse_args(argv)
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
