"""Writes the geocode_index fuzz target's seeds: indexes of the geocode_ban seeds, made
with the alentour binary given, and one with a street whose points run past the point
array (the loader must refuse it; the fuzz body makes its header's checksum right). Run
again whenever the index format changes (an old-format seed is refused at its version).

    python3 tests/fuzz/make_geocode_inputs.py build/tools/alentour/alentour
"""

import pathlib
import struct
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
OFFSETS_AT, COUNTS_AT = 32, 72  # the header's five array offsets, then their counts (64-bit)
STREETS, POINTS = 2, 4          # array slots: text, communes, streets, signatures, points
STREET_SIZE = 40                # name, key (offset, size each), commune, postcode, first_point, point_count, middle


def index_of(cli, ban, out):
    subprocess.run([cli, "--quiet", "geocode-index", str(ban), "-o", str(out), "--overwrite"], check=True)
    return out.read_bytes()


def street_points_outside(data):
    """The first street's points run one past the end of the point array."""
    offsets = struct.unpack_from("<5Q", data, OFFSETS_AT)
    counts = struct.unpack_from("<5Q", data, COUNTS_AT)
    out = bytearray(data)
    first_point_at = offsets[STREETS] + 24
    struct.pack_into("<II", out, first_point_at, counts[POINTS], 1)
    assert counts[STREETS] > 0 and STREET_SIZE * counts[STREETS] <= len(data) - offsets[STREETS]
    return bytes(out)


def main():
    cli = sys.argv[1]
    corpus = HERE / "corpus"
    with tempfile.TemporaryDirectory() as tmp:
        for ban in ("demo_head.csv", "quoted_bom_crlf.csv"):
            data = index_of(cli, corpus / "geocode_ban" / ban, pathlib.Path(tmp) / "index.alentour-ban")
            (corpus / "geocode_index" / (pathlib.Path(ban).stem + ".alentour-ban")).write_bytes(data)
            if ban == "demo_head.csv":
                (corpus / "geocode_index" / "street_points_outside.alentour-ban").write_bytes(street_points_outside(data))


if __name__ == "__main__":
    main()
