#!/usr/bin/env python3
"""Writes N synthetic news articles as Markdown with front matter (title, date, author, tags,
summary), the layout Hugo and Dateline both read. Deterministic: same N and seed, same bytes.
Used by bench/run.sh when ../shared/bench/corpus.py and its BBC corpus are not beside the project.

usage: gen.py OUT_DIR N [--seed S]
"""
import os, random, sys, datetime

WORDS = ("harbour council vote ferry fares island court ruling minister talks ceasefire market shares "
         "profit energy grid storm flood climate survey coral reef comet orbit astronomers novel prize "
         "orchestra festival election result budget tax trade tariff shipping insurers cocoa prices "
         "railway strike union wages housing rents school teachers hospital doctors river drought").split()
TAGS = ["Climate", "Trade", "Elections", "Energy", "Transport", "Health", "Education", "Culture",
        "Science", "Housing", "Courts", "Diplomacy", "Markets", "Weather", "Sport"]
SECTIONS = ["world", "business", "science", "culture"]


def sentence(rnd, n):
    words = [rnd.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    rnd = random.Random(seed)
    start = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
    for i in range(n):
        section = SECTIONS[i % len(SECTIONS)]
        title = sentence(rnd, rnd.randint(5, 10))[:-1]
        date = start + datetime.timedelta(seconds=rnd.randrange(26 * 365 * 86400))
        paras = [" ".join(sentence(rnd, rnd.randint(8, 20)) for _ in range(rnd.randint(2, 5)))
                 for _ in range(rnd.randint(5, 12))]
        tags = rnd.sample(TAGS, 3)
        d = os.path.join(out, section)
        os.makedirs(d, exist_ok=True)
        fm = ["---", 'title: "%s"' % title, "date: " + date.strftime("%Y-%m-%dT%H:%M:%SZ"),
              'author: "Bench Desk"', "tags: [" + ", ".join('"%s"' % t for t in tags) + "]",
              'summary: "%s"' % paras[0][:200], "---", ""]
        with open(os.path.join(d, "story-%06d.md" % i), "w", encoding="utf-8") as f:
            f.write("\n".join(fm) + "\n\n".join(paras) + "\n")


if __name__ == "__main__":
    main()
