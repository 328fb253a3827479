"""Command line: ask, chat, eval, batch, feedback export.

    python -m assistant ask [--json] "Which mega trends drive Logistical Services?"
    python -m assistant chat
    python -m assistant eval tests/data/questions.jsonl [--json]
    python -m assistant batch < questions.jsonl
    python -m assistant feedback export [--out FILE]

Faults reach the terminal as one sentence naming the fix, never a traceback (set CTA_DEBUG=1 to see them on
stderr). Exit status: 0 answered, 1 a fault (the index or feedback store cannot be used, an internal error),
2 a usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys

from assistant import batch

EXIT_FAULT = 1


def _assistant():
    from assistant import Assistant

    return Assistant.load(progress=_progress)


def _progress(done: int, total: int, msg: str = "") -> None:
    print(f"\r{msg} {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def _print_answer(ans) -> None:
    print(ans.answer)
    if ans.suggestions:
        print("\nYou could ask: " + " · ".join(ans.suggestions))


def _status(ans) -> int:
    """Non-zero when the answer is a fault (index unavailable, internal error) rather than an answer or refusal."""
    return EXIT_FAULT if ans.error else 0


def cmd_ask(args) -> int:
    ans = _assistant().ask(args.question)
    if args.json:
        print(json.dumps(ans.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_answer(ans)
    return _status(ans)


def cmd_chat(args) -> int:
    a = _assistant()
    print("Cluster Trends Assistant. Ask about the report; an empty line or Ctrl-D ends.")
    status = 0
    while True:
        try:
            q = input("\n? ")
        except EOFError:
            break
        if not q.strip():
            break
        ans = a.ask(q, conversation_id="cli")
        _print_answer(ans)
        status = max(status, _status(ans))
    return status


def cmd_eval(args) -> int:
    from assistant.evaluate import THRESHOLDS, evaluate, load_questions

    try:
        questions = load_questions(args.file)
    except (OSError, ValueError) as e:
        print(f"Cannot read the question file {args.file} ({getattr(e, 'strerror', None) or e}); give the path "
              "of a JSONL file such as tests/data/questions.jsonl.", file=sys.stderr)
        return EXIT_FAULT
    report = evaluate(_assistant(), questions)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_report(report, THRESHOLDS)
    below = [c for c, r in report["categories"].items() if r["accuracy"] < THRESHOLDS.get(c, 0)]
    return 1 if below and args.strict else 0


def _print_report(report: dict, thresholds: dict) -> None:
    for cat, r in report["categories"].items():
        print(f"{cat:<12} {r['correct']:>4}/{r['total']:<4} {r['accuracy']:.1%}  wrong-yet-sure {r['wrong_sure']:>3} "
              f"({r['wrong_sure_rate']:.1%})  right-but-unsure {r['right_unsure']:>3}  (threshold "
              f"{thresholds.get(cat, 0):.0%})")
    n = report["total"] or 1
    print(f"{'all':<12} {report['correct']:>4}/{report['total']:<4} {report['correct'] / n:.1%}  wrong-yet-sure "
          f"{report['wrong_sure']:>3} ({report['wrong_sure'] / n:.1%})  right-but-unsure {report['right_unsure']:>3}")
    for f in report["failures"]:
        mark = "✗!" if f["sure"] else "✗?"
        print(f"  {mark} {f['id']} [{f['category']}] {f['question'][:80]}: {'; '.join(f['problems'])}")


def cmd_batch(args) -> int:
    """One JSON record out per non-blank line in, in order; a bad line gets an error record, never a stop."""
    a = _assistant()
    status = 0
    for record in batch.run(a, sys.stdin.buffer):
        print(json.dumps(record, ensure_ascii=False), flush=True)
        if record.get("reason") in ("unavailable", "internal_error"):
            status = EXIT_FAULT
    return status


def cmd_feedback(args) -> int:
    from assistant import feedback
    from assistant.errors import FeedbackUnavailable

    try:
        if args.out:
            n = feedback.export_csv(args.out)
        else:
            n = feedback.export_csv(sys.stdout)
    except FeedbackUnavailable as e:
        print(e, file=sys.stderr)
        return EXIT_FAULT
    except OSError as e:
        print(f"Cannot write {args.out} ({e.strerror or e}); choose a file in a writable directory.", file=sys.stderr)
        return EXIT_FAULT
    print(f"exported {n} feedback rows", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
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
    return ap


class _OneLine(logging.Formatter):
    """Log records as one line on stderr: the message and the exception's type, never its traceback."""

    def format(self, record: logging.LogRecord) -> str:
        msg = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            msg += f" ({type(record.exc_info[1]).__name__}; set CTA_DEBUG=1 for the traceback)"
        return msg


def _terminal() -> None:
    """Undecodable input and unencodable output are replaced, not fatal; logs are one line each on stderr."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    handler = logging.StreamHandler(sys.stderr)
    if not os.environ.get("CTA_DEBUG"):
        handler.setFormatter(_OneLine())
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _terminal()
    try:
        return args.fn(args)
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - the last guard: a sentence on stderr, never a traceback on stdout
        if os.environ.get("CTA_DEBUG"):
            raise
        print(f"The assistant stopped on an internal error ({type(e).__name__}: {str(e)[:200]}). Please report "
              "it with the command you ran; CTA_DEBUG=1 shows the traceback.", file=sys.stderr)
        return EXIT_FAULT


if __name__ == "__main__":
    sys.exit(main())
