#!/usr/bin/env python3
"""The anchor of issue 14, timed by scripts/bench: the vietnamadminunits Python parser reading the same generated
addresses as dvhc (one per line), in its LEGACY mode (the 63-province units that dvhc reads addresses against).

    bench-python-anchor.py SOURCE_DIR ADDRESSES_FILE N

SOURCE_DIR is a checkout of https://github.com/tranngocminhhieu/vietnamadminunits (not shipped with dvhc; its
dependencies come from Debian: python3-shapely python3-geopy python3-unidecode python3-tqdm). Prints one line:
"<N> addresses in <seconds> s: <rate> addresses/s".
"""
import sys
import time

source, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, source)
from vietnamadminunits import parse_address  # noqa: E402  (imported from the checkout given)

with open(path, encoding="utf-8") as lines:
    addresses = [line.rstrip("\n") for _, line in zip(range(count), lines)]
for address in addresses[:200]:  # its lookup tables load on first use: not part of the rate
    parse_address(address, mode="LEGACY")
start = time.perf_counter()
for address in addresses:
    try:
        parse_address(address, mode="LEGACY")
    except Exception:  # an address it cannot read still took its time; dvhc rejects such rows with a reason
        pass
seconds = time.perf_counter() - start
print(f"{len(addresses)} addresses in {seconds:.2f} s: {len(addresses) / seconds:.0f} addresses/s")
