# Makes fake_damaged/ from fake/: the peer's sample return with cells
# blanked (5%), swapped between two columns of a row (3% of rows) and
# replaced by junk (2%). Deterministic (seed 14). Python standard library only.
# "python3 damage.py SEED DIR" makes DIR with another seed (fake_damaged2:
# seed 15); postcodes.csv is copied from fake/.
import csv, os, random, shutil, sys

seed, out = (int(sys.argv[1]), sys.argv[2]) if len(sys.argv) > 2 else (14, "fake_damaged")
rng = random.Random(seed)
here = os.path.dirname(os.path.abspath(__file__))
src, dst = os.path.join(here, "fake"), os.path.join(here, out)
JUNK = ["2024-05-01", "x", "??", "99/99/9999", "1/5/2024", "31/02/2024", "N/A", "0", "-1", "ZZ9", " ", "1.0", "yes", "E1E1"]
os.makedirs(dst, exist_ok=True)
shutil.copyfile(os.path.join(src, "postcodes.csv"), os.path.join(dst, "postcodes.csv"))
for name in sorted(os.listdir(src)):
    if not name.endswith(".csv") or name == "postcodes.csv":
        continue
    with open(os.path.join(src, name), newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], rows[1:]
    for r in body:
        for j in range(len(r)):
            u = rng.random()
            if u < 0.05:
                r[j] = ""
            elif u < 0.07:
                v = rng.choice(JUNK + [r[j].lower()])
                r[j] = v
        if len(r) > 1 and rng.random() < 0.03:
            a, b = rng.sample(range(len(r)), 2)
            r[a], r[b] = r[b], r[a]
    with open(os.path.join(dst, name), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([head] + body)
