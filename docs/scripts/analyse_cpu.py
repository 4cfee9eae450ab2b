#!/usr/bin/env python3
"""CPU of a whole `psw-coach analyse` process, as issue 17's speed goal measures it (5 ms).

Usage: docs/scripts/analyse_cpu.py [BIN] [RUNS]
Runs BIN (default target/release/psw-coach) RUNS times (default 200) for `--version` (the cost of
starting the process at all, as a yardstick) and for `analyse` of a 10-word and a 155-word answer
with an empty data folder, and prints user + system CPU per run from getrusage of the children.
"""
import os, resource, subprocess, sys, tempfile

BIN = sys.argv[1] if len(sys.argv) > 1 else "target/release/psw-coach"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 200
SHORT = "I set up a weekly duty huddle and waits fell."
LONG = (
    "When I came into post in 2024 the waiting list for Care Act assessments stood at 420 people, "
    "and some families had waited more than six months. I set up a duty triage led by senior "
    "practitioners, moved two workers from reviews into assessment for a quarter, and agreed with "
    "the carers centre that they would phone everyone waiting more than four weeks. The list is "
    "now down to 140 and the longest wait is nine weeks. Our quarterly carers survey shows 78% felt "
    "kept informed, up from 41%. One woman, a carer for her husband, told us the call meant she did "
    "not give up. Next, from January, I am taking the same approach to reviews, and I will report "
    "the figures to the board in March so we can see whether it holds for everyone. The team now "
    "meets every Monday to check the list, and no one has waited over twelve weeks."
)
work = tempfile.mkdtemp()
data = os.path.join(work, "data")
os.mkdir(data)
files = {}
for name, text in (("short", SHORT), ("long", LONG)):
    files[name] = os.path.join(work, f"{name}.txt")
    with open(files[name], "w") as f:
        f.write(text)
cases = [
    ("--version", [BIN, "--version"]),
    (f"analyse, {len(SHORT.split())} words", [BIN, "--data-dir", data, "analyse", files["short"]]),
    (f"analyse, {len(LONG.split())} words", [BIN, "--data-dir", data, "analyse", files["long"]]),
]
for name, cmd in cases:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(RUNS):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user = (after.ru_utime - before.ru_utime) / RUNS * 1000
    system = (after.ru_stime - before.ru_stime) / RUNS * 1000
    print(f"{name}: user {user:.2f} ms + sys {system:.2f} ms = {user + system:.2f} ms CPU a run ({RUNS} runs)")
