#!/usr/bin/env python3
"""Times `figures 10` as a PSW would do it, in tmux at 80x24, and counts what the tool adds.

A throwaway data folder gets a register of ten figures. For each question the script waits for it
on screen, then "reads and recalls" (a pause per word of the question), types the answer one key
at a time at a typist's pace, and presses Enter; it then times how long the tool takes to put the
next question (or the summary) on screen. It prints, per figure: the keys of the answer itself,
the keys the tool adds (Enter), and the seconds from Enter to the next question seen, then the
drill's own total time as the done screen states it.

  python3 scripts/figures-pace.py BINARY [--wpm-read 200] [--cps 3.3] [--recall 4]

Defaults: reading at 200 words a minute, recalling for 4 s, typing 3.3 characters a second
(about 40 words a minute, an office typist's pace). Needs tmux.
"""
import argparse, os, re, subprocess, sys, tempfile, time

FIGURES = [
    ("people waiting for a Care Act assessment", "310", "people", "2026-10-31", "310, 31 October"),
    ("median wait for a Care Act assessment", "28", "days", "2026-10-31", "28 days, October"),
    ("social worker vacancy rate", "9", "percent", "2026-09-30", "9%, September"),
    ("agency social workers as a share of the workforce", "12", "percent", "2026-09-30", "12% in September"),
    ("carers' assessments completed this year", "1150", "assessments", "2026-10-31", "1,150 at end of October"),
    ("reablement savings this year", "2300000", "pounds", "2026-10-31", "£2.3m, October"),
    ("audits rated good or better", "71", "percent", "2026-10-15", "71%, October"),
    ("average caseload per social worker", "18", "cases", "2026-10-31", "18, 31 October"),
    ("safeguarding enquiries completed within 28 days", "84", "percent", "2026-10-31", "84% October"),
    ("people waiting for an OT assessment", "180", "people", "2026-10-31", "about 180, October"),
]


def tmux(*args):
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def screen(name):
    return tmux("capture-pane", "-t", name, "-p")


def wait_for(name, test, timeout=10.0):
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        shown = screen(name)
        if test(shown):
            return time.monotonic() - start, shown
        time.sleep(0.005)
    raise SystemExit(f"timed out waiting; screen was:\n{screen(name)}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("binary")
    p.add_argument("--wpm-read", type=float, default=200)
    p.add_argument("--cps", type=float, default=3.3)
    p.add_argument("--recall", type=float, default=4.0)
    a = p.parse_args()
    data = tempfile.mkdtemp(prefix="figures-pace-")
    os.chmod(data, 0o700)
    lines = ["figures:"]
    for measure, value, unit, as_at, _ in FIGURES:
        lines += [f"  - measure: {measure}", f"    value: {value}", f"    unit: {unit}",
                  f"    as_at: {as_at}", "    source: monthly performance report"]
    path = os.path.join(data, "evidence.yaml")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    os.chmod(path, 0o600)
    open(os.path.join(data, ".welcome-seen"), "w").close()
    name = f"pace{os.getpid()}"
    tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24",
         f"PSW_COACH_DATA_DIR={data} {a.binary} rehearse --plan 'figures 10'; sleep 30")
    try:
        started = time.monotonic()
        answers = {m: ans for m, _, _, _, ans in FIGURES}
        rows = []
        for n in range(1, 11):
            _, shown = wait_for(name, lambda s: f"{n} of 10" in s)
            flat = " ".join(l.strip("│ ") for l in shown.splitlines())
            flat = re.sub(r"\s+", " ", flat)
            question = next((m for m in answers
                             if f"How many {m}?" in flat or f"What is your {m}," in flat), None)
            if question is None:
                raise SystemExit(f"no known question on screen:\n{shown}")
            words = len(re.findall(r"\w+", shown.split("Answer:")[0].split("\n\n")[-1]))
            time.sleep(words / a.wpm_read * 60 + a.recall)
            answer = answers[question]
            for ch in answer:
                tmux("send-keys", "-t", name, "-l", ch)
                time.sleep(1 / a.cps)
            sent = time.monotonic()
            tmux("send-keys", "-t", name, "Enter")
            nxt = f"{n + 1} of 10" if n < 10 else "Know your figures: done"
            took, shown = wait_for(name, lambda s: nxt in s)
            verdict = shown.split("Last figure")[-1].split("?")[0]
            right = "Not quite" not in (verdict if n < 10 else "\n".join(shown.splitlines()[1:4]))
            rows.append((n, len(answer), 1, took, right))
            # Reading the verdict before the next question is counted in the next figure's reading.
        total = time.monotonic() - started
        done = screen(name)
    finally:
        tmux("kill-session", "-t", name)
    print("figure | answer keys | keys the tool adds | Enter to next question on screen (s) | right")
    for n, keys, added, took, right in rows:
        print(f"{n} | {keys} | {added} | {took:.3f} | {right}")
    added = sum(r[3] for r in rows)
    print(f"wall clock for ten figures: {total:.1f} s; of it, waiting on the tool after Enter: {added:.2f} s "
          f"({added / 10 * 1000:.0f} ms a figure, including tmux's polling)")
    summary = [l for l in done.splitlines() if re.search(r"\d+ of 10|right|took|min|s\b", l)]
    print("the done screen says:")
    print("\n".join(l.strip("│ ") for l in summary[:6]))


if __name__ == "__main__":
    main()
