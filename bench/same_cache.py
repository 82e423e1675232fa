#!/usr/bin/env python3
"""Whether two alentour caches hold the same region: every byte after the header equal
(graphs, places, sections) and the same JSON description, apart from the source
file's path (region.source), so that a file and its sorted copy compare, and the
build's duration (region.build_seconds), which caches made before 7 December 2026
stored.
Usage: bench/same_cache.py A.alentour B.alentour   (exit 0 when the same)"""
import json
import struct
import sys


def parts(path):
    data = open(path, "rb").read()
    meta_offset, meta_size = struct.unpack_from("<QQ", data, 32)
    meta = json.loads(data[meta_offset:meta_offset + meta_size])
    meta["region"].pop("build_seconds", None)
    meta["region"].pop("source", None)
    return data[64:meta_offset], meta


def main():
    (bytes_a, meta_a), (bytes_b, meta_b) = parts(sys.argv[1]), parts(sys.argv[2])
    if bytes_a != bytes_b:
        print(f"arrays differ ({len(bytes_a)} and {len(bytes_b)} bytes)")
        return 1
    if meta_a != meta_b:
        print("descriptions differ")
        return 1
    print(f"same: {len(bytes_a)} bytes of arrays and the same description")
    return 0


sys.exit(main())
