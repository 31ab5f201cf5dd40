"""Anchor for bench/eventlog-cli.ts: a plain lxml script that counts the handovers of work in an XES log.

Per trace, the events that carry org:resource in document order; each consecutive pair with different
resources is a handover, with the same resource a self-handover (events without the attribute are left
out, as PM4Py's handover-of-work does on the log filtered to events that carry it). Prints JSON.
Run with Debian's python3 (python3-lxml): /usr/bin/python3 bench/anchors/handovers_lxml.py FILE.xes.gz
"""
import gzip
import json
import sys
from collections import Counter

from lxml import etree

NS = "{http://www.xes-standard.org/}"


def main(path):
    opener = gzip.open if path.endswith(".gz") else open
    pairs = Counter()
    events = traces = 0
    with opener(path, "rb") as f:
        for _, trace in etree.iterparse(f, tag=(NS + "trace", "trace")):
            traces += 1
            previous = None
            for event in trace.iter(NS + "event", "event"):
                events += 1
                resource = None
                for attr in event:
                    if attr.get("key") == "org:resource":
                        resource = attr.get("value")
                        break
                if resource is None:
                    continue
                if previous is not None:
                    pairs[(previous, resource)] += 1
                previous = resource
            trace.clear()
            while trace.getprevious() is not None:
                del trace.getparent()[0]
    handovers = sum(n for (a, b), n in pairs.items() if a != b)
    selfs = sum(n for (a, b), n in pairs.items() if a == b)
    top = max(((n, a, b) for (a, b), n in pairs.items() if a != b), default=(0, "", ""))
    print(json.dumps({"traces": traces, "events": events, "handovers": handovers,
                      "selfHandovers": selfs, "top": {"from": top[1], "to": top[2], "count": top[0]}}))


if __name__ == "__main__":
    main(sys.argv[1])
