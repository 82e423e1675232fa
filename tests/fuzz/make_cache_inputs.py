"""Writes the cache fuzz target's seeds and its two hand-made regressions from the
tiny worlds of the OSM corpus, with the alentour binary given: run again whenever the
cache format changes (an old-format seed is refused at its version and fuzzes nothing).

    python3 tests/fuzz/make_cache_inputs.py build-test/tools/alentour/alentour
"""

import json
import pathlib
import struct
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
META_AT = 32  # the header's meta_offset then meta_size, both 64-bit little-endian


def build(cli, opl, out):
    subprocess.run([cli, "--quiet", "build", str(opl), "-o", str(out), "--overwrite"], check=True)
    return out.read_bytes()


def with_meta(data, change):
    """The file with its description block changed; the fuzz body fixes size and checksum."""
    offset, size = struct.unpack_from("<QQ", data, META_AT)
    meta = json.loads(data[offset:offset + size])
    change(meta)
    text = json.dumps(meta, separators=(",", ":")).encode()
    head = bytearray(data[:offset])
    struct.pack_into("<Q", head, META_AT + 8, len(text))
    return bytes(head) + text


def edge_target_outside(data):
    """The first edge's target one past the last node."""
    offset, size = struct.unpack_from("<QQ", data, META_AT)
    arrays = json.loads(data[offset:offset + size])["networks"][0]["arrays"]
    nodes = arrays["node_points"]["count"]
    out = bytearray(data)
    struct.pack_into("<I", out, arrays["edges"]["offset"], nodes)
    return bytes(out)


def component_count_wraps(data):
    """A count whose size in bytes wraps round 2^64 to a small number."""
    def change(meta):
        meta["networks"][0]["arrays"]["component_sizes"]["count"] = 2 ** 62 + 1
    return with_meta(data, change)


def main():
    cli = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        seeds = {}
        for name, opl in (("one_way_block", "one_way_block.opl"), ("river_walk", "river.opl")):
            seeds[name] = build(cli, HERE / "corpus" / "osm_opl" / opl, pathlib.Path(tmp) / (name + ".cache"))
            (HERE / "corpus" / "cache" / (name + ".cache")).write_bytes(seeds[name])
    regressions = HERE / "regressions" / "cache"
    (regressions / "edge_target_outside.cache").write_bytes(edge_target_outside(seeds["one_way_block"]))
    (regressions / "component_count_wraps.cache").write_bytes(component_count_wraps(seeds["one_way_block"]))


if __name__ == "__main__":
    main()
